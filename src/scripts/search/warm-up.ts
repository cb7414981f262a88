/** What the search code needs from the warm-up once it has arrived. */
export interface WarmUp {
  /** The tag on the preloaded entry file's URL, for Pagefind to ask for that same URL (`metaCacheTag`). */
  entryTag: string;
  /** Preloads one more file for a `fetch()` to come. */
  preload: (href: string) => void;
}

/** A `fetch()` takes a preloaded response only if the link said `as="fetch"` and `crossorigin`. */
function preload(href: string, rel: 'preload' | 'modulepreload' = 'preload') {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    // Chromium hands a failed preload's error to the next fetch of its URL: take it at once, so
    // that the search's retry after a network failure goes to the network.
    link.onerror = () => fetch(href).catch(() => undefined);
  }
  link.href = href;
  document.head.append(link);
}

/**
 * Asks the browser, all at once, for the Pagefind files every first search needs and whose names
 * never change: the engine, the index's entry file and the French WebAssembly. Pagefind alone
 * would fetch them one after another; its own requests then take the preloaded responses.
 * The entry's URL carries a new tag each time, as Pagefind's own does, so that no cache serves
 * the entry of an older index.
 */
export function warmUpPagefind(): WarmUp {
  const entryTag = String(Date.now());
  preload('/pagefind/pagefind.js', 'modulepreload');
  preload(`/pagefind/pagefind-entry.json?ts=${entryTag}`);
  // French: src/integrations/pagefind.ts indexes the site with forceLanguage 'fr'.
  preload('/pagefind/wasm.fr.pagefind');
  return { entryTag, preload };
}
