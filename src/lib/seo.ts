export const SITE_NAME = 'Rompre avec un client';

/** Beyond this, search engines cut a title and html-validate flags it (rule long-title). */
const MAX_TITLE = 70;
const SUFFIX = ` · ${SITE_NAME}`;

/** The longest start of `text` that fits in `max` characters, cut between words, with "…". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // One character is kept for "…"; the last word stays only if it ends right there.
  const cut = text.slice(0, max - 1);
  const lastSpace = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.search(/\s\S*$/);
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The document <title>, always ending with the site's name so a tab, a bookmark or a shared link
 * says where it comes from: "Page · Site" when it fits; for a long "Subject : details" title, its
 * subject; otherwise the title cut between words.
 */
export function documentTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const room = MAX_TITLE - SUFFIX.length;
  if (title.length <= room) return `${title}${SUFFIX}`;
  const subject = title.split(/[\s\u00a0\u202f]:\s/)[0] ?? title;
  return `${shorten(subject, room)}${SUFFIX}`;
}

/**
 * "Page : section" when the document title can show it whole, so a short page title says where
 * it belongs ("La médiation : se faire payer"); otherwise the page title alone.
 */
export function titleInSection(title: string, section: string): string {
  const withSection = `${title}\u00a0: ${section}`;
  return documentTitle(withSection) === `${withSection}${SUFFIX}` ? withSection : title;
}
