/**
 * Pagefind splits its word index into chunks by alphabetical range of (stemmed, accent-free)
 * words and fetches a chunk only once the search engine has started. Knowing the ranges ahead
 * (the build lists them in INDEX_CHUNKS_FILE) lets the page fetch the chunk the first typed word
 * needs while the engine is still downloading.
 */
export interface IndexChunk {
  /** First and last word of the chunk, as Pagefind writes them. */
  from: string;
  to: string;
  url: string;
}

/** Written by src/integrations/pagefind.ts beside Pagefind's own files. */
export const INDEX_CHUNKS_FILE = 'index-chunks.json';

/** The first word typed, as Pagefind's index spells words: lower case, without accents. */
export function firstWordKey(typed: string): string {
  return (
    typed
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/)?.[0] ?? ''
  );
}

/**
 * The chunk that holds the words starting with the first word typed, once only one can: after
 * « p » the answer is known, after « c » it may take a second letter. A stem is a prefix of its
 * word, so the guess holds for all but a few words; a wrong one costs bytes, never results.
 */
export function chunkForFirstWord(chunks: IndexChunk[], typed: string): IndexChunk | undefined {
  const key = firstWordKey(typed);
  if (!key) return undefined;
  const possible = chunks.filter(({ from, to }) => from.slice(0, key.length) <= key && key <= to.slice(0, key.length));
  return possible.length === 1 ? possible[0] : undefined;
}
