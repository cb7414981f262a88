import { z } from 'astro/zod';
import { FAMILIES, SEVERITIES } from '../lib/families';
import { pageSchema, proseSchema, slugSchema } from './common';

/** A warning sign: content/signes/<slug>.mdx. The MDX body explains why the sign matters. */
export const signSchema = pageSchema.extend({
  /** One sentence that sums the sign up, shown in the index, the related-signs lists and the quiz. */
  summary: proseSchema,
  /**
   * What to do now, in one or two sentences: opens the page in "L’essentiel", beside the summary.
   * It agrees with the remedies, leaveWhen and the script; a deal-breaker's says to leave.
   */
  now: proseSchema,
  family: z.enum(FAMILIES),
  severity: z.enum(SEVERITIES),
  /** A deal-breaker ends the relationship whatever else is true (abuse, illegality, no payment at all). */
  dealBreaker: z.boolean(),
  /** Position within its family in the index, smallest first. */
  order: z.number().int().min(1),
  /** What it looks like in practice: concrete, observable symptoms. */
  symptoms: z.array(proseSchema).min(3),
  /** What to try first when the sign is not yet a deal-breaker. */
  remedies: z.array(proseSchema).min(2),
  /** When trying has failed and it is time to leave. */
  leaveWhen: z.array(proseSchema).min(1),
  /** A short excerpt of the words to use, linked to the full exit script. */
  words: proseSchema,
  /** A sign about money owed: "L’essentiel" then offers the late-payment calculator. */
  owedMoney: z.boolean().default(false),
  /** The exit script that fits this sign: an id in content/scripts/. */
  script: slugSchema,
  /** Other signs that often come with this one. */
  related: z.array(slugSchema).default([]),
  /**
   * One of the situations the home page opens with: what the reader would say ("Il ne me paie
   * pas"), its place among them, and a close sign for when this one is not quite it.
   */
  home: z.object({ label: proseSchema, order: z.number().int().min(1), also: slugSchema }).optional(),
});

export type SignData = z.infer<typeof signSchema>;
