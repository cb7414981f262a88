import { z } from 'astro/zod';
import { RUNG_CLIENTS } from '../lib/ladder';
import { pageSchema, proseSchema, slugSchema } from './common';

/**
 * One rung of the recovery ladder: content/recouvrement/<NN>-<slug>.mdx, at /se-faire-payer/<slug>/.
 * The four facts a reader needs before climbing a rung are fields, so the fact box at the top of
 * every page always gives them; the MDX body explains how to go about it.
 */
export const rungSchema = pageSchema.extend({
  /** Position on the ladder, from 1 (the gentlest step) up; also the NN of the file name. */
  order: z.number().int().min(1),
  /** The rung in one or two sentences, for the page's lead and the ladder overview. */
  summary: proseSchema,
  /** Who the rung is for: every client, a business client only, or a private client (consumer) only. */
  clients: z.enum(RUNG_CLIENTS),
  /** When to climb to this rung (and when not to), in prose. */
  whenToUse: proseSchema,
  /** What it costs, in prose; a figure that is not confirmed by an official source says so. */
  cost: proseSchema,
  /** How long it takes, or the deadlines it involves, in prose. */
  duration: proseSchema,
  /** What to prepare before starting: one thing per item. */
  prepare: z.array(proseSchema).min(1),
  /** Scripts that help at this rung: ids in content/scripts/. */
  scripts: z.array(slugSchema).default([]),
});

export type RungData = z.infer<typeof rungSchema>;
