import { z } from 'astro/zod';
import { pageSchema, proseSchema } from './common';
import { letterSchema, lineSchema, textSchema } from './words';

/** What a script is for: leaving, setting a boundary before any exit, or supporting an exit already decided. */
export const SCRIPT_KINDS = ['sortie', 'limite', 'soutien'] as const;

/** An exit script: content/scripts/<slug>.mdx. The MDX body gives context and advice. */
export const scriptSchema = pageSchema.extend({
  kind: z.enum(SCRIPT_KINDS),
  /** The situation in one sentence: when to use this script. */
  situation: proseSchema,
  /** Position in the scripts index, smallest first. */
  order: z.number().int().min(1),
  /**
   * The client is at fault (abuse, lies, unlawful requests, unpaid work): the words never
   * thank nor recommend a colleague, and leaving at once goes through a mise en demeure.
   */
  clientAtFault: z.boolean().default(false),
  /** Leaving at once without a mise en demeure may be justified by urgency (abuse, unlawful requests). */
  urgent: z.boolean().default(false),
  /** For a client at fault: what the mise en demeure requires, completing « en demeure de [Ce qui est exigé] » (an infinitive clause ending with its full stop). */
  demand: textSchema.optional(),
  /** The conversation, in order; each line's role says what it does. */
  conversation: z.array(lineSchema).min(2),
  /** The script's own letter, sent after the conversation. */
  letter: letterSchema,
  /** What not to say, and why. */
  avoid: z.array(proseSchema).min(2),
});

export type ScriptData = z.infer<typeof scriptSchema>;
