/** The part of Pagefind's browser API this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
    timeout?: number,
  ): Promise<{ results: { data(): Promise<import('../../lib/search').PagefindData> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind's own script from the built site, once, on the first search. Its URL is
 * only known at run time: Vite must not try to bundle it.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No worker: for a guide this size the main thread searches instantly, and the first
    // search downloads one script instead of two.
    await pagefind.options({ excerptLength: 22, noWorker: true });
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
