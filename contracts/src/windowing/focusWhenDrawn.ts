/**
 * Focuses row `rowId` of `container` (its element with `data-row-id`, or what `inside` finds in it) once the
 * virtualizer has drawn it: a row scrolled to is in the document a frame or two later, not at once.
 */
export function focusWhenDrawn(container: HTMLElement | null, rowId: string, inside?: string, framesLeft = 10) {
  // A row is a child of the element in the scroller that holds the rows, not a row of a list inside it.
  const row = container?.querySelector<HTMLElement>(`:scope > * > [data-row-id="${CSS.escape(rowId)}"]`);
  const target = row && inside ? row.querySelector<HTMLElement>(inside) : row;
  if (target) {
    target.focus();
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenDrawn(container, rowId, inside, framesLeft - 1));
}
