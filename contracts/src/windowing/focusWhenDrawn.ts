/**
 * Focuses row `rowId` of `container` (its element with `data-row-id`, or what `inside` finds in it) once the
 * virtualizer has drawn it: a row scrolled to is in the document a frame or two later, not at once.
 */
export function focusWhenDrawn(container: HTMLElement | null, rowId: string, inside?: string, framesLeft = 10) {
  const row = container?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(rowId)}"]`);
  const target = row && inside ? row.querySelector<HTMLElement>(inside) : row;
  if (target) {
    target.focus();
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenDrawn(container, rowId, inside, framesLeft - 1));
}
