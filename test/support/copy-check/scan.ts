/**
 * The copy check over the guide's own files: content/ and src/, the file types
 * shared/tools/seed-overlap.mjs reads, each scanned for runs shared with the sources; and the
 * composed words pinned in test/fixtures/words/, because a run can also form where the
 * composition joins two fragments of a script (« ni pour vous ni pour {moi|nous} »).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { findSharedRuns, isAllowedQuote, type SharedRun, type Span } from './shared-runs.ts';
import { quotedTitleSpans, SOURCES_FILE } from './quoted-titles.ts';
import { wordsOf } from './words.ts';

export const SCANNED_FOLDERS = ['content', 'src', 'test/fixtures/words'];
const TEXT_FILES = new Set(['.md', '.mdx', '.astro', '.svelte', '.ts', '.js', '.mjs', '.json', '.yaml', '.yml', '.html', '.txt']);

export interface Finding extends SharedRun {
  /** Path from the project root. */
  file: string;
}

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT_FILES.has(extname(entry.name))) yield path;
  }
}

/** One file's shared runs, less the quotes its spans allow. */
export function checkText(text: string, sourceOf: (hash: string) => string | undefined, quotedSpans: readonly Span[] = []) {
  return findSharedRuns(wordsOf(text), sourceOf).filter((run) => !isAllowedQuote(run, quotedSpans));
}

export function checkProject(projectRoot: string, sourceOf: (hash: string) => string | undefined): Finding[] {
  return SCANNED_FOLDERS.flatMap((folder) =>
    [...textFiles(join(projectRoot, folder))].flatMap((path) => {
      const file = relative(projectRoot, path).split('\\').join('/');
      const text = readFileSync(path, 'utf8');
      const quotedSpans = file === SOURCES_FILE ? quotedTitleSpans(text) : [];
      return checkText(text, sourceOf, quotedSpans).map((run) => ({ file, ...run }));
    }),
  );
}

/** « content/x.mdx:12 : "les mots partagés" (000_….txt) », one finding per line. */
export const describeFindings = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.file}:${f.line} : "${f.words.join(' ')}"${f.source ? ` (${f.source})` : ''}`).join('\n');
