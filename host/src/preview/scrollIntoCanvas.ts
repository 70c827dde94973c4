import { elementOf } from './nodeBox.js';

/**
 * Brings node `id` into the canvas's view when none of it shows (selected in the tree, say), centred; a
 * component already in view, even in part, stays where it is, so a click on the canvas never moves the page.
 */
export function scrollIntoCanvas(viewport: HTMLElement, id: string): void {
  const element = elementOf(viewport, id);
  if (!element) return;
  const box = element.getBoundingClientRect();
  const view = viewport.getBoundingClientRect();
  const visible = box.bottom > view.top && box.top < view.bottom && box.right > view.left && box.left < view.right;
  if (visible) return;
  // Only the canvas scrolls, not the panels around it; a canvas as tall as its page leaves it to the browser.
  if (viewport.scrollHeight <= viewport.clientHeight) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    return;
  }
  const offset = box.height > view.height ? box.top - view.top - 16 : box.top + box.height / 2 - (view.top + view.height / 2);
  viewport.scrollBy({ top: offset, left: 0 });
}
