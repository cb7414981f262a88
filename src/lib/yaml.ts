import { load } from 'js-yaml';

/**
 * The project's one YAML reader. It is js-yaml, the parser Astro itself uses for MDX frontmatter
 * and data files, so the build, the release checks and the tests read the same values (an unquoted
 * 2026-11-29 is a Date everywhere, which the date schema then refuses with a clear message).
 */
export const parseYaml = (text: string, fileName?: string): unknown => load(text, fileName ? { filename: fileName } : {});
