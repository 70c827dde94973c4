import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, useMemo, useRef, useState } from 'react';
import { focusWhenDrawn } from './focusWhenDrawn.js';
import { keptRange } from './keptRange.js';
import './windowing.css';

export interface WindowedListOptions {
  /** The rows' ids, in order. Each drawn row carries its id as `data-row-id` (and `data-index` if measured). */
  ids: readonly string[];
  /** A row's height in pixels: exact for rows of one line, an estimate for rows measured when drawn. */
  rowHeight: number;
  /** Rows drawn beyond each end of the view, so a short scroll shows rows already there. */
  overscan?: number;
  /** A row kept drawn even when scrolled away (a roving tab stop), besides the one holding focus. */
  tabStop?: number;
}

/*
 * A list in a hidden panel (display: none, as the dock hides the editors not shown) measures 0 px, and so does each
 * of its rows. Taken at their word, the virtualizer unmounts every row (and the focus and drafts in them), and records
 * each drawn row as 0 px tall: a short list's height falls to 0, and a scroller as tall as its content then has no
 * room to draw a row in when shown again, so it never draws one. A size of 0 is passed over instead: a hidden list
 * stays as it was, and is right as soon as it is shown.
 */
const observeShownRect: typeof observeElementRect = (instance, resize) =>
  observeElementRect(instance, (rect) => {
    if (rect.width > 0 || rect.height > 0) resize(rect);
  });
const measureShownRow: typeof measureElement = (element, entry, instance) =>
  measureElement(element, entry, instance) || (instance.measurementsCache[instance.indexFromElement(element)]?.size ?? 0);

/**
 * A list that draws only the rows in view of its scroller (`scrollerRef`), and the row holding focus wherever it is.
 * Rows are `rows`, each placed at `start` pixels in a box `totalSize` tall; `onFocus` goes on the list, so it knows
 * which row holds focus; `focusRow` scrolls a row into view and focuses it (or what `inside` finds in it).
 */
export function useWindowedList({ ids, rowHeight, overscan = 6, tabStop = -1 }: WindowedListOptions) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string>();
  const focusedIndex = focusedId === undefined ? -1 : ids.indexOf(focusedId);
  const rangeExtractor = useMemo(() => keptRange([focusedIndex, tabStop]), [focusedIndex, tabStop]);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => ids[index] ?? index,
    overscan,
    rangeExtractor,
    observeElementRect: observeShownRect,
    measureElement: measureShownRow,
  });

  return {
    scrollerRef,
    rows: virtualizer.getVirtualItems().map((item) => ({ id: ids[item.index] as string, index: item.index, start: item.start })),
    totalSize: virtualizer.getTotalSize(),
    /** For rows whose height is known only once drawn: their `ref`. */
    measure: virtualizer.measureElement,
    focusedIndex,
    /** On the list: notes which of its rows holds focus (the outermost, not a row of a list inside it). */
    onFocus(event: FocusEvent<HTMLElement>) {
      let rowId: string | undefined;
      for (let at = event.target as HTMLElement | null; at && at !== event.currentTarget; at = at.parentElement)
        rowId = at.dataset.rowId ?? rowId;
      setFocusedId(rowId);
    },
    focusRow(index: number, inside?: string, align: 'auto' | 'start' = 'auto') {
      const id = ids[index];
      if (id === undefined) return;
      setFocusedId(id); // kept drawn from now on, so it can be focused before the scroll reaches it
      virtualizer.scrollToIndex(index, { align });
      focusWhenDrawn(scrollerRef.current, id, inside);
    },
  };
}
