/**
 * Svelte action: focuses the element when it appears, so keyboard and screen-reader users
 * land on each new screen's heading instead of at the top of the page.
 */
export function focusOnMount(node: HTMLElement, enabled: boolean) {
  if (enabled) node.focus();
}
