/**
 * Focuses the element `selector` finds in `container` once the virtualizer has drawn it: a row scrolled to is in the
 * document a frame or two later, not at once.
 */
export function focusWhenDrawn(container: HTMLElement | null, selector: string, framesLeft = 10) {
  const target = container?.querySelector<HTMLElement>(selector);
  if (target) {
    target.focus();
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenDrawn(container, selector, framesLeft - 1));
}
