/**
 * The search's vocabulary, shared by the pages that declare Pagefind filters and the
 * script that shows results.
 */
export const SEARCH_TYPES = {
  signe: 'Signe',
  script: 'Script',
  etape: 'Étape',
  recouvrement: 'Recouvrement',
  diagnostic: 'Diagnostic',
} as const;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];

/** `data-pagefind-filter` / `data-pagefind-meta` value for a page's type. */
export const typeAttribute = (type: SearchType) => `type:${type}`;

/**
 * Joins a page's `searchTerms` in its hidden, indexed paragraph. Pagefind may pick an excerpt
 * from there; the results then show the page's summary instead, since those words are never
 * meant to be read.
 */
export const SEARCH_TERMS_SEPARATOR = ' · ';
const fromSearchTerms = (excerpt: string) => excerpt.includes(SEARCH_TERMS_SEPARATOR.trim());

export const searchPageUrl = (query = '') => `/recherche/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;

/** The query a /recherche/ URL carries (?q=…), trimmed; empty when none. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}

/** What Pagefind returns for a page (the fields this site uses). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  excerpt: ExcerptPart[];
  /** The sections of the page that match, each linking to its anchor. */
  sections: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/** A run of excerpt text, highlighted or not: rendered as text nodes, never as HTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };
const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));

/** Splits a Pagefind excerpt ("a <mark>b</mark> c") into plain and highlighted runs of text. */
export function excerptParts(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part), mark: true } : { text: decode(part), mark: false }))
    .filter((part) => part.text !== '');
}

const MAX_SECTIONS = 3;

/** A Pagefind result as the page shows it: the page, its type, and up to three matching sections. */
export function toHit(data: PagefindData): SearchHit {
  const sections = (data.sub_results ?? [])
    // The first sub-result often is the page itself (text before any heading): the page link covers it.
    .filter((sub) => sub.url.includes('#') && sub.url !== data.url && !fromSearchTerms(sub.excerpt))
    .slice(0, MAX_SECTIONS)
    .map((sub) => ({ title: decode(sub.title), url: sub.url, excerpt: excerptParts(sub.excerpt) }));
  return {
    url: data.url,
    title: decode(data.meta['title'] ?? data.url),
    type: data.meta['type'] ?? '',
    excerpt: fromSearchTerms(data.excerpt) ? [{ text: decode(data.meta['summary'] ?? ''), mark: false }] : excerptParts(data.excerpt),
    sections,
  };
}

/**
 * Pagefind's ranking, for the site's search and the tests that rank its pages alike. A match in a
 * page's title (its h1) adds four times Pagefind's own boost (5): someone who types « médiation »
 * or « client particulier » means the page named so, before pages that mention it.
 */
export const SEARCH_RANKING = { metaWeights: { title: 20 } } as const;

/**
 * "1 page", "12 pages". The results are pages: each page's matching sections are listed under it,
 * and a count of everything listed would not say how many pages the search found.
 */
export const pageCount = (n: number) => `${n} page${n > 1 ? 's' : ''}`;

/** The search's status line: « 5 pages pour « préavis » », « Aucune page pour « xylophone » ». */
export const searchStatus = (pages: number, query: string) =>
  `${pages === 0 ? 'Aucune page' : pageCount(pages)} pour «\u00a0${query}\u00a0»`;
