/**
 * Finds the runs of words a file shares with the source articles: every window of SHINGLE_SIZE
 * words whose hash the sources contain, extended as far as consecutive windows keep matching
 * (the way shared/tools/seed-overlap.mjs reports them).
 */
import { hashRun, SHINGLE_SIZE } from './fingerprint.ts';
import type { Word } from './words.ts';

/** The project's rule for copying: no shared run this long, wherever it is. */
export const LONGEST_ALLOWED_QUOTE = 7;

/** Character offsets in a file: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface SharedRun extends Span {
  line: number;
  words: string[];
  /** The article it comes from, when the check reads the articles themselves. */
  source: string | undefined;
}

/**
 * @param sourceOf maps a run's hash to its article's name (or to a placeholder when only the
 *   fingerprint is known); undefined when the sources do not have that run.
 */
export function findSharedRuns(words: readonly Word[], sourceOf: (hash: string) => string | undefined): SharedRun[] {
  const texts = words.map((word) => word.text);
  const sourceAt = (i: number) => sourceOf(hashRun(texts.slice(i, i + SHINGLE_SIZE)));
  const runs: SharedRun[] = [];
  let i = 0;
  while (i + SHINGLE_SIZE <= words.length) {
    const source = sourceAt(i);
    if (source === undefined) {
      i++;
      continue;
    }
    let end = i + SHINGLE_SIZE;
    while (end < words.length && sourceAt(end - SHINGLE_SIZE + 1) !== undefined) end++;
    runs.push({ line: words[i]!.line, words: texts.slice(i, end), source, ...spanOf(words, i, end) });
    i = end;
  }
  return runs;
}

function spanOf(words: readonly Word[], from: number, to: number): Span {
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/** A run is excused only when it is short and lies wholly inside one span where quoting is legitimate. */
export function isAllowedQuote(run: SharedRun, quotedSpans: readonly Span[]): boolean {
  return run.words.length <= LONGEST_ALLOWED_QUOTE && quotedSpans.some((span) => span.start <= run.start && run.end <= span.end);
}
