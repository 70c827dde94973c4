import { type RefObject, useEffect, useState } from 'react';

/** Where a component is drawn, relative to the canvas's stage. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The first element drawn for node `id` (a List's template is drawn once per item). */
export function elementOf(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`);
}

function measure(stage: HTMLElement, id: string | undefined): Box | undefined {
  const element = id === undefined ? null : elementOf(stage, id);
  if (!element) return undefined;
  const from = stage.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  // Rectangles are on screen, zoom applied; the outlines are laid inside the zoomed stage, which applies it again.
  const zoom = stage.currentCSSZoom ?? 1;
  return {
    top: (box.top - from.top) / zoom,
    left: (box.left - from.left) / zoom,
    width: box.width / zoom,
    height: box.height / zoom,
  };
}

const same = (a: Box | undefined, b: Box | undefined) =>
  a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);

/**
 * The box of node `id` on the stage, kept up to date as the page changes (edits, run-time values, the device's
 * width, sections drawn as they scroll in): one measurement per frame at most, of this one element. Nothing
 * in the page re-renders for it.
 */
export function useNodeBox(stage: RefObject<HTMLElement | null>, page: RefObject<HTMLElement | null>, id: string | undefined) {
  const [box, setBox] = useState<Box | undefined>();
  useEffect(() => {
    const stageElement = stage.current;
    const pageElement = page.current;
    if (!stageElement || !pageElement || id === undefined) {
      setBox(undefined);
      return;
    }
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = measure(stageElement, id);
      setBox((before) => (same(before, next) ? before : next));
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    const mutations = new MutationObserver(later);
    mutations.observe(pageElement, { subtree: true, childList: true, characterData: true, attributes: true });
    const resizes = new ResizeObserver(later);
    resizes.observe(pageElement);
    const element = elementOf(stageElement, id);
    if (element) resizes.observe(element);
    return () => {
      mutations.disconnect();
      resizes.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [stage, page, id]);
  return box;
}
