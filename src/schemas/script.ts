import { z } from 'astro/zod';
import { pageSchema, proseSchema } from './common';

/** What a script is for: leaving, setting a boundary before any exit, or supporting an exit already decided. */
export const SCRIPT_KINDS = ['sortie', 'limite', 'soutien'] as const;

/** One move of the conversation: what it does, then the words. */
const lineSchema = z.object({
  /** What this part of the conversation does, e.g. "Annoncer la décision". */
  step: proseSchema,
  /** The words to say; blanks are written as known placeholders such as [Prénom du client]. */
  say: proseSchema,
});

/** An exit script: content/scripts/<slug>.mdx. The MDX body gives context and advice. */
export const scriptSchema = pageSchema.extend({
  kind: z.enum(SCRIPT_KINDS),
  /** The situation in one sentence: when to use this script. */
  situation: proseSchema,
  /** Position in the scripts index, smallest first. */
  order: z.number().int().min(1),
  /** The conversation, in order. */
  conversation: z.array(lineSchema).min(2),
  /** The written version, sent after the conversation. */
  letter: z.object({
    subject: proseSchema,
    /** Paragraphs separated by blank lines. */
    body: proseSchema,
  }),
  /** What not to say, and why. */
  avoid: z.array(proseSchema).min(2),
});

export type ScriptData = z.infer<typeof scriptSchema>;
