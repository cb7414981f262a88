/**
 * Svelte action: focuses the element when it appears, so keyboard and screen-reader users
 * land on each new screen's heading instead of at the top of the page. The screen is then
 * scrolled to its top, so its progress line stays in view above the heading.
 */
export function focusOnMount(node: HTMLElement, enabled: boolean) {
  if (!enabled) return;
  node.focus({ preventScroll: true });
  node.closest('.quiz-screen, .quiz-result')?.scrollIntoView({ block: 'start' });
}

/** Svelte action: focuses the element when it appears, scrolled to the middle of the screen (a line come back to). */
export function focusInView(node: HTMLElement, enabled: boolean) {
  if (!enabled) return;
  node.focus({ preventScroll: true });
  node.scrollIntoView({ block: 'center' });
}
