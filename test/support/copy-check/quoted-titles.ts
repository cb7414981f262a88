/**
 * Where the guide may quote its sources word for word: the articles' titles in
 * content/sources.yaml (each entry's `title`), and nowhere else.
 */
import { parseYaml } from '../../../src/lib/yaml.ts';
import type { Span } from './shared-runs.ts';

export const SOURCES_FILE = 'content/sources.yaml';

/** Each article's title is written on one line, two spaces in, under its article ("  title: …"). */
const TITLE_LINE = /^ {2}title:[ \t]*(\S.*)$/gm;

export function quotedTitleSpans(sourcesYaml: string): Span[] {
  const articles = parseYaml(sourcesYaml, SOURCES_FILE);
  if (!articles || typeof articles !== 'object' || Array.isArray(articles))
    throw new Error(`${SOURCES_FILE} : une liste d'articles était attendue`);
  const titled = Object.values(articles).filter((article) => article && typeof article === 'object' && 'title' in article);
  const spans = [...sourcesYaml.matchAll(TITLE_LINE)].map((match) => {
    const end = match.index + match[0].length;
    return { start: end - (match[1] ?? '').length, end };
  });
  // A title written another way (on two lines, say) would not be found: refuse rather than miss it.
  if (spans.length !== titled.length)
    throw new Error(`${SOURCES_FILE} : chaque titre doit tenir sur une ligne « title: … » sous son article`);
  return spans;
}
