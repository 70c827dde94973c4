import { observeElementRect, type Range, type Virtualizer } from '@tanstack/virtual-core';
import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { PreviewNode } from './PreviewNode.js';
import { useVirtualizer } from './useVirtualizer.js';

/** A guess at a section's height before it was drawn (CSS px); then the mean of those drawn is the guess. */
const FIRST_GUESS = 400;

interface Props {
  rootIds: readonly string[];
  /** The element that scrolls the page. */
  viewport: RefObject<HTMLElement | null>;
  /** The zoom applied to the page (CSS `zoom` on an element around it); 1 when none. */
  zoom?: number;
  /** Drawn whatever the scroll: the section holding the selection, so that its outline and its focus survive. */
  keepIndex?: number;
  /** Anything that moves the page within the viewport without a scroll (the device's width): measured again. */
  layoutKey?: unknown;
  /** The CSS px between two sections: the gap of the container they are in. */
  gap?: number;
  /** Set when the sections are a column Container's children: each is laid out as that container lays out its own. */
  inContainer?: boolean;
}

/**
 * The page's top-level components, drawn only while they are in or near the viewport: a 50,000-node page has a
 * few hundred sections, and a few of them are on screen. Each drawn section is measured, so the page scrolls as
 * tall as it is; sections never drawn are guessed at the mean height of those drawn.
 */
export function PageSections({ rootIds, viewport, zoom = 1, keepIndex, layoutKey, gap = 0, inContainer }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const heights = useRef(new SectionHeights());
  const [scrollMargin, setScrollMargin] = useState(0);
  const self = useRef<Virtualizer<HTMLElement, HTMLElement>>(undefined);
  const virtualizer = useVirtualizer({
    count: rootIds.length,
    getScrollElement: () => viewport.current,
    // Stable while the roots are: a new one would have every section's place worked out again at each scroll.
    getItemKey: useCallback((index: number) => rootIds[index] ?? index, [rootIds]),
    estimateSize: () => heights.current.mean() ?? FIRST_GUESS * zoom,
    // Rectangles are on screen, zoom applied, as the viewport's scroll offsets are.
    measureElement: (element) => heights.current.set(element.dataset.section ?? '', element.getBoundingClientRect().height),
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = withinReach(range, self.current);
        if (keepIndex !== undefined && keepIndex >= 0 && keepIndex < range.count && !indexes.includes(keepIndex))
          indexes.push(keepIndex);
        return indexes;
      },
      [keepIndex],
    ),
    overscan: 1,
    gap: gap * zoom,
    scrollMargin,
    // A viewport not laid out (a test's DOM) reports no height, and would show no section: the window's, then.
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { ...rect, height: window.innerHeight })),
  });
  self.current = virtualizer;

  // A zoom scales every section, but resizes none in its own units, so no resize is observed: all measured again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on a change of zoom only
  useLayoutEffect(() => {
    heights.current = new SectionHeights();
    virtualizer.measure();
  }, [zoom]);

  // Where the sections start within what the viewport scrolls: what is above them does not scroll with them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the zoom or the layout changes
  useLayoutEffect(() => {
    const scroller = viewport.current;
    const top = list.current;
    if (!scroller || !top) return;
    setScrollMargin(top.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
  }, [viewport, zoom, layoutKey]);

  return (
    <div
      ref={list}
      className={inContainer ? 'page-sections in-container' : 'page-sections'}
      style={{ height: virtualizer.getTotalSize() / zoom }}
    >
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          data-section={item.key}
          className="page-section"
          style={{ top: (item.start - scrollMargin) / zoom }}
        >
          <PreviewNode id={rootIds[item.index] as string} />
        </div>
      ))}
    </div>
  );
}

/** The heights of the sections drawn so far, by id, and their mean: the guess for those not drawn yet. */
class SectionHeights {
  readonly #byId = new Map<string, number>();
  #total = 0;
  #count = 0;

  set(id: string, height: number): number {
    const before = this.#byId.get(id);
    if (before === undefined) this.#count++;
    this.#total += height - (before ?? 0);
    this.#byId.set(id, height);
    return height;
  }

  mean(): number | undefined {
    return this.#count > 0 ? this.#total / this.#count : undefined;
  }
}

/**
 * The sections in view, then those within one viewport's height above and below it, and at least one either side:
 * a short section (a button) scrolled just out of view stays drawn, as a tall one beside the view does.
 */
function withinReach(range: Range, virtualizer: Virtualizer<HTMLElement, HTMLElement> | undefined): number[] {
  const items = virtualizer?.measurementsCache ?? [];
  const reach = virtualizer?.scrollRect?.height ?? 0;
  let start = Math.max(0, range.startIndex - range.overscan);
  let end = Math.min(range.count - 1, range.endIndex + range.overscan);
  const top = (items[range.startIndex]?.start ?? 0) - reach;
  const bottom = (items[range.endIndex]?.end ?? 0) + reach;
  while (start > 0 && (items[start - 1]?.end ?? Number.NEGATIVE_INFINITY) > top) start--;
  while (end < range.count - 1 && (items[end + 1]?.start ?? Number.POSITIVE_INFINITY) < bottom) end++;
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
