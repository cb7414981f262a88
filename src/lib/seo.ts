export const SITE_NAME = 'Rompre avec un client';

/** Beyond this, search engines cut a title: the site's name is added only when the whole fits. */
const MAX_TITLE = 70;
const SUFFIX = ` · ${SITE_NAME}`;

/**
 * The document <title>: the page's own words, always whole, so a tab, a bookmark or a search
 * result names the page. The site's name follows when it fits; it is in og:site_name anyway.
 */
export function documentTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const withSite = `${title}${SUFFIX}`;
  return withSite.length <= MAX_TITLE ? withSite : title;
}

/**
 * "Page : section" when the document title can show it whole, so a short page title says where
 * it belongs ("La médiation : se faire payer"); otherwise the page title alone.
 */
export function titleInSection(title: string, section: string): string {
  const withSection = `${title}\u00a0: ${section}`;
  return documentTitle(withSection) === `${withSection}${SUFFIX}` ? withSection : title;
}
