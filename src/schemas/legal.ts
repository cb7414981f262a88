import { z } from 'astro/zod';
import { OFFICIAL_SITES, officialSiteName } from '../lib/official-sites';
import { calendarDateSchema, proseSchema } from './common';

/** A French legal fact the guide states: an entry of content/droit.yaml. */
export const legalSchema = z.object({
  /** Short heading, e.g. "Indemnité forfaitaire de 40 €". */
  title: proseSchema,
  /** The rule, stated plainly in one to three sentences. */
  statement: proseSchema,
  /** The article(s), e.g. "Code de commerce, art. L441-10". */
  reference: proseSchema,
  /** The official text: Légifrance for French law, or another official site of src/lib/official-sites.ts. */
  url: z.url({ protocol: /^https$/, error: 'doit être un lien https' }).refine((url) => officialSiteName(url) !== undefined, {
    error: `doit pointer vers un site officiel (${Object.keys(OFFICIAL_SITES).join(', ')})`,
  }),
  /**
   * The day a person last read the official text and found the statement still true. Shown to the
   * reader beside the link; the build fails when it is more than twelve months old (src/lib/legal-checks.ts).
   */
  verifiedOn: calendarDateSchema,
});

export type LegalData = z.infer<typeof legalSchema>;
