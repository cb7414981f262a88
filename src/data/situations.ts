/**
 * What brings most readers here, in their own words, each pointing at the sign page that helps
 * first and at a neighbouring sign. The home page opens with them; the summaries come from the
 * signs themselves (content/signes/); test/e2e/home.test.ts checks that all four are shown.
 */
export interface Situation {
  /** What the reader would say ("Il ne me paie pas"). */
  label: string;
  /** The sign page that answers it. */
  sign: string;
  /** A close sign, for when the main one is not quite it. */
  alsoSign: string;
}

export const COMMON_SITUATIONS: Situation[] = [
  { label: 'Il ne me paie pas', sign: 'ne-paie-pas', alsoSign: 'paie-en-retard' },
  { label: 'Il en demande toujours plus', sign: 'en-demande-toujours-plus', alsoSign: 'ne-respecte-pas-votre-temps' },
  { label: 'Il me manque de respect', sign: 'comportement-abusif', alsoSign: 'ignore-votre-expertise' },
  { label: 'Nous nous sommes éloignés', sign: 'chemins-separes', alsoSign: 'relation-toujours-negative' },
];
