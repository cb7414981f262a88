import { z } from 'astro/zod';
import { LINK_PATTERN } from '../lib/links';
import { TASK_DAYS } from '../lib/words/vocabulary';
import { proseSchema, slugSchema } from './common';
import { conditionsSchema, sharedNameSchema, textOrUseFields, textOrUseRule, textSchema } from './words';

/** A page of the guide, as a typed reference the build resolves (src/lib/links.ts). */
const linkTarget = z.string().regex(LINK_PATTERN, {
  error: 'doit être etape:<id>, signe:<id> ou script:<id> (script:limite pour le script de recadrage), suivi au besoin de #<section>',
});

/** One sentence of a note: its own words, or (`use`) a sentence several notes share, kept once in `shared`. */
const sentenceSchema = z.object(textOrUseFields).refine(...textOrUseRule('une phrase'));

/** What one context answer changes in the plan, with the part of the guide that explains it. */
const noteSchema = z
  .object({
    /** Names the note in tests and on the result screen (never shown). */
    id: slugSchema,
    /** The note is given only when all these conditions hold (src/lib/words/vocabulary.ts: CONDITIONS and PLAN_CONDITIONS). */
    when: conditionsSchema.default([]),
    /** Its words, in the template language of the letters: variants, `{je|nous}`, `[blanks]`. A variant "" drops the note. */
    text: textSchema.optional(),
    /** Or its words sentence by sentence, when several vary apart: those that apply are joined by a space. */
    sentences: z.array(sentenceSchema).min(2).optional(),
    /** The page that explains it, and the words of the link. */
    link: z.object({ to: linkTarget, text: proseSchema }),
  })
  .refine((n) => (n.text === undefined) !== (n.sentences === undefined), { error: 'une note a soit « text », soit « sentences »' });

/** A task of the dated checklist, for one way of leaving whose days are `days`. */
const taskSchema = <const D extends readonly [string, ...string[]]>(days: D) =>
  z.object({
    /** The day it falls on (src/lib/words/vocabulary.ts, TASK_DAYS): a task whose day this exit lacks is left out. */
    on: z.enum(days),
    /** The task is listed only when all these conditions hold, e.g. ["impayes"]. */
    when: conditionsSchema.default([]),
    /** What to do, as the checklist shows it: the words of its link. */
    label: proseSchema,
    /** The page that explains how. */
    link: linkTarget,
  });

/** content/plan.yaml: the self-assessment's notes on the context and its dated checklist. */
export const planSchema = z.object({
  /** Sentences several notes share (`use: <id>`), e.g. why the last day comes before the end date. */
  shared: z.record(sharedNameSchema, textSchema).default({}),
  /** The notes, in the order the result lists them. */
  notes: z.array(noteSchema).min(1),
  /** How many days before the last day the handover is prepared (then back to a working day). */
  handoverDaysBefore: z.number().int().min(1).max(30),
  /** The dated tasks of each way of leaving, in the order they are listed on a same day. */
  checklist: z.object({
    recadrer: z.array(taskSchema(TASK_DAYS.recadrer)).min(1),
    miseEnDemeure: z.array(taskSchema(TASK_DAYS.miseEnDemeure)).min(1),
    preavis: z.array(taskSchema(TASK_DAYS.preavis)).min(1),
    immediat: z.array(taskSchema(TASK_DAYS.immediat)).min(1),
  }),
});

export type PlanData = z.infer<typeof planSchema>;
export type PlanNoteData = PlanData['notes'][number];
