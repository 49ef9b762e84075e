/**
 * Moves keyboard focus to the element with this id, making it focusable first if it is not (a
 * `main` or a heading), so a screen reader continues reading from there. False if there is none.
 */
export function focusElementById(id: string, options: { scroll?: boolean } = {}): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !isNativelyFocusable(target)) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: options.scroll === false });
  return true;
}

function isNativelyFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, summary, [contenteditable]');
}

/** True when the user asked the system for less motion: scroll jumps instead of gliding then. */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
