/**
 * The search's vocabulary, shared by the pages that declare Pagefind filters and the
 * script that shows results.
 */
export const SEARCH_TYPES = {
  signe: 'Signe',
  script: 'Script',
  etape: 'Étape',
  diagnostic: 'Diagnostic',
} as const;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];

/** `data-pagefind-filter` / `data-pagefind-meta` value for a page's type. */
export const typeAttribute = (type: SearchType) => `type:${type}`;

export const searchPageUrl = (query = '') => `/recherche/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;

/** The query a /recherche/ URL carries (?q=…), trimmed; empty when none. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}
