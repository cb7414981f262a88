import { frenchTypography } from './typography';

/*
 * The words of a heading's link to itself, written by AnchorHeading.astro and, for MDX headings,
 * by src/integrations/ascii-heading-ids.ts: one markup for both, so that one stylesheet and one
 * script (src/scripts/section-links.ts) serve every heading.
 */

/** Its accessible name before the script runs (without it, the link only goes to the section). */
export const sectionLinkName = (title: string) => frenchTypography(`Lien vers la section « ${title} »`);

/** Shown beside the « # » on a touch screen, where nothing hovers to hint what it does. */
export const SECTION_LINK_TOUCH_LABEL = 'Copier le lien';
