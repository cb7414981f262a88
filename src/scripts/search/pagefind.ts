import { SEARCH_RANKING } from '../../lib/search';

/** The part of Pagefind's browser API this site uses: one instance made by `createInstance`. */
export interface Pagefind {
  /** Resolves once the entry file, the language's WebAssembly and the index metadata are loaded. */
  init(): Promise<void>;
  destroy(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
    timeout?: number,
  ): Promise<{ results: { data(): Promise<import('../../lib/search').PagefindData> }[] } | null>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

let loading: Promise<Pagefind> | undefined;
let failures = 0;

// When one of its files fails to load, Pagefind rejects `init()` (handled below) but also leaves
// an internal copy of that promise unobserved, which the browser reports as an uncaught error.
// The failure is already told to the reader and retried: mark Pagefind's own rejections handled.
addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  if (reason instanceof Error && reason.stack?.includes('/pagefind/pagefind.js')) event.preventDefault();
});

/**
 * Loads Pagefind from the built site and waits until it can search: called when the reader
 * reaches for the search (focus, shortcut), so that typing finds it ready. Its URL is only
 * known at run time: Vite must not try to bundle it. `entryTag` is the tag on the entry file's
 * URL that the page has preloaded (see warm-up.ts), for Pagefind to take that response.
 *
 * A failure is not kept: the next call starts again (see `forgetPagefind`), without the tag,
 * so that nothing of the failed attempt is reused.
 */
export function loadPagefind(entryTag?: string): Promise<Pagefind> {
  loading ??= (async () => {
    // After a failure, a new URL: a browser may remember a module that failed to load.
    const url = `/pagefind/pagefind.js${failures > 0 ? `?essai=${failures}` : ''}`;
    const { createInstance } = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // No worker: for a guide this size the main thread searches instantly, and the first
    // search downloads one script instead of two.
    const pagefind = createInstance({
      excerptLength: 22,
      noWorker: true,
      ranking: SEARCH_RANKING,
      ...(entryTag && { metaCacheTag: entryTag }),
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => forgetPagefind());
  return loading;
}

/** Drops the loaded (or failed) instance, so that the next search loads Pagefind afresh. */
export function forgetPagefind() {
  const previous = loading;
  loading = undefined;
  failures += 1;
  previous?.then((pagefind) => pagefind.destroy()).catch(() => undefined);
}
