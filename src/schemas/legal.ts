import { z } from 'astro/zod';
import { pastDateSchema, proseSchema } from './common';

/** A French legal fact the guide states: an entry of content/droit.yaml. */
export const legalSchema = z.object({
  /** Short heading, e.g. "Indemnité forfaitaire de 40 €". */
  title: proseSchema,
  /** The rule, stated plainly in one to three sentences. */
  statement: proseSchema,
  /** The article(s), e.g. "Code de commerce, art. L441-10". */
  reference: proseSchema,
  /** The official text on Légifrance. */
  url: z.url({
    protocol: /^https$/,
    hostname: /^www\.legifrance\.gouv\.fr$/,
    error: 'doit être un lien https vers www.legifrance.gouv.fr',
  }),
  /** The day the statement was last compared with the official text it cites (AAAA-MM-JJ), shown on /a-propos/. */
  verifiedOn: pastDateSchema,
});

export type LegalData = z.infer<typeof legalSchema>;
