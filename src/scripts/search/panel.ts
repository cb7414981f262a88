import type { SearchElements } from './search-ui';

/** Finds the parts of a SearchPanel.astro inside a container. */
export function panelElements(container: ParentNode): SearchElements | undefined {
  const input = container.querySelector<HTMLInputElement>('[data-search-input]');
  const filters = container.querySelector<HTMLElement>('[data-search-filters]');
  const status = container.querySelector<HTMLElement>('[data-search-status]');
  const results = container.querySelector<HTMLOListElement>('[data-search-results]');
  const empty = container.querySelector<HTMLElement>('[data-search-empty]');
  const emptyHint = container.querySelector<HTMLElement>('[data-search-empty-hint]');
  const more = container.querySelector<HTMLButtonElement>('[data-search-more]');
  return input && filters && status && results && empty && emptyHint && more
    ? { input, filters, status, results, empty, emptyHint, more }
    : undefined;
}
