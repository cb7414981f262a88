import { z } from 'astro/zod';
import { pageSchema, proseSchema, slugSchema } from './common';

/** One step of the exit process: content/etapes/<NN>-<slug>.mdx, shown in order on /rompre/ under #<slug>. */
export const stepSchema = pageSchema.extend({
  /** Position in the process, from 1. */
  order: z.number().int().min(1),
  /** The step in one sentence, for the summary at the top of the page. */
  summary: proseSchema,
  /** Items of the printable checklist, each something one can tick. */
  checklist: z.array(proseSchema).min(1),
  /**
   * A longer list worked through on this step's page only (e.g. the handover), in groups, with boxes
   * to tick and a print button; its title is the section heading and gives the anchor.
   */
  printableChecklist: z
    .object({
      title: proseSchema,
      groups: z.array(z.object({ legend: proseSchema, items: z.array(proseSchema).min(1) })).min(1),
    })
    .optional(),
  /** Exit scripts that help at this step: ids in content/scripts/. */
  scripts: z.array(slugSchema).default([]),
});

export type StepData = z.infer<typeof stepSchema>;
