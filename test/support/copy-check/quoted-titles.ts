/**
 * Where the guide may quote its sources word for word: the articles' titles in
 * content/sources.yaml (each entry's `title`), and nowhere else.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Span } from './shared-runs.ts';

export const SOURCES_FILE = 'content/sources.yaml';

export function quotedTitleSpans(sourcesYaml: string): Span[] {
  const document = parseDocument(sourcesYaml);
  if (!isMap(document.contents)) throw new Error(`${SOURCES_FILE} : une liste d'articles était attendue`);
  return document.contents.items.flatMap((article) => {
    const title = isMap(article.value) ? article.value.get('title', true) : undefined;
    if (!isScalar(title) || !title.range) return [];
    return [{ start: title.range[0], end: title.range[1] }];
  });
}
