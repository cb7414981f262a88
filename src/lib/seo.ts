export const SITE_NAME = 'Rompre avec un client';

/** Beyond this, search engines cut a title and some validators flag it. */
const MAX_TITLE = 70;

/**
 * The document <title>: "Page · Site" when it fits; otherwise the page title alone, or for a
 * long "Subject : details" title, its subject.
 */
export function documentTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const subject = title.split(/\s:\s/)[0] ?? title;
  return subject.length <= MAX_TITLE ? subject : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

/**
 * "Page : section" when the document title can show it whole with the site name, so a short
 * page title says where it belongs ("La médiation : se faire payer"); otherwise the page title alone.
 */
export function titleInSection(title: string, section: string): string {
  const withSection = `${title}\u00a0: ${section}`;
  return documentTitle(withSection) === `${withSection} · ${SITE_NAME}` ? withSection : title;
}
