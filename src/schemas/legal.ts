import { z } from 'astro/zod';
import { OFFICIAL_SITES, officialSiteName } from '../lib/official-sites';
import { calendarDateSchema, pastDateSchema, proseSchema } from './common';

/**
 * One source outside this project that a person compared a legal fact with: the official text
 * itself as published, a court decision, or a dated commentary by a named law firm or an official
 * site. It says what "vérifié" rests on; the guide's own reference sheets never count as one.
 */
export const legalCheckSchema = z.object({
  /**
   * What was read, named so that a reader can find it again: the author (a firm, a court, a public
   * body) and the title or the decision, e.g. "Cour de cassation, 2e civ., avis, 25 septembre 2025,
   * n° 25-70.013".
   */
  label: proseSchema,
  /** Where it can be read, when it is public (https only). */
  url: z.url({ protocol: /^https$/, error: 'doit être un lien https' }).optional(),
  /** The date the source bears (its publication or its decision), AAAA-MM-JJ, when it has one. */
  date: pastDateSchema.optional(),
});

/** A French legal fact the guide states: an entry of content/droit.yaml. */
export const legalSchema = z.object({
  /** Short heading, e.g. "Indemnité forfaitaire de 40 €". */
  title: proseSchema,
  /** The rule, stated plainly in one to three sentences. */
  statement: proseSchema,
  /** The article(s), e.g. "Code de commerce, art. L441-10". */
  reference: proseSchema,
  /**
   * The official text: Légifrance for French law, or another official site of src/lib/official-sites.ts.
   * Either the article itself (codes/article_lc/LEGIARTI…, when the id of the version in force is
   * confirmed) or a Légifrance search on the article number, which always lists the version in force.
   */
  url: z.url({ protocol: /^https$/, error: 'doit être un lien https' }).refine((url) => officialSiteName(url) !== undefined, {
    error: `doit pointer vers un site officiel (${Object.keys(OFFICIAL_SITES).join(', ')})`,
  }),
  /**
   * The day a person last compared the statement with its sources and found it still true. Shown to
   * the reader beside the link; past twelve months the page says it is due for re-reading
   * (src/lib/freshness.ts).
   */
  verifiedOn: calendarDateSchema,
  /**
   * The sources outside this project the statement was compared with, one per entry. Empty (the
   * default) when none was: the reader is then told so in plain words, beside the fact and on
   * /a-propos/.
   */
  checkedAgainst: z.array(legalCheckSchema).default([]),
});

export type LegalData = z.infer<typeof legalSchema>;
export type LegalCheck = z.infer<typeof legalCheckSchema>;
