import { z } from 'astro/zod';
import { calendarDateSchema, proseSchema } from './common';
import { frenchTypography } from '../lib/typography';

/** One of the articles the guide is built from: an entry of content/sources.yaml. */
export const sourceSchema = z.object({
  /** The article's title as published. */
  title: proseSchema,
  /** The author, where the article names one. */
  author: z.string().trim().min(1).optional(),
  /** The site or publication, where known. */
  site: z.string().trim().min(1).optional(),
  /** Publication date (YYYY-MM-DD), where the article gives one. */
  date: calendarDateSchema.optional(),
  /** The seed file it comes from, e.g. "002", so its provenance can be checked. */
  seed: z.string().regex(/^\d{3}$/),
  /** A plain note on the state of the text (e.g. a poor machine translation). */
  note: z.string().trim().min(1).transform(frenchTypography).optional(),
  /** What the guide took from it. */
  takeaways: z.array(proseSchema).min(2),
});

export type SourceData = z.infer<typeof sourceSchema>;
