import { z } from 'astro/zod';
import { CHOICE_FACTS, FREQUENCIES, LETTER_FIELDS, NOTICES, NUMBER_FACTS, type Frequency } from '../lib/quiz/facts';
import { proseSchema, slugSchema } from './common';

/** How an answer reads on the check-answers screen, after the question's key (« Oui »); its label when absent. */
const shortSchema = proseSchema.optional();

const asked = {
  /** Position in the questionnaire, from 1. */
  order: z.number().int().min(1),
  /** The question, as one would ask a friend. */
  text: proseSchema,
  /** "Pourquoi on vous le demande": one or two sentences under the question. */
  why: proseSchema,
  /** The question in a few words, for the check-answers screen (« Retards de paiement »). */
  key: proseSchema,
};

/** A question about one warning sign, answered by how often it happens. */
const signQuestionSchema = z.object({
  kind: z.literal('signe'),
  ...asked,
  /** The warning sign it is about: an id in content/signes/. */
  sign: slugSchema,
  /** How much this sign counts in the total, relative to the others. */
  weight: z.number().min(0.5).max(3),
  /**
   * For a deal-breaker sign only: from this frequency on, the verdict is "leave now"
   * whatever the total.
   */
  dealBreakerFrom: z.enum(FREQUENCIES).exclude(['jamais']).optional(),
  /** Answer labels that fit this question better than the shared scale ("Pour une facture"…); same points. */
  answers: z.partialRecord(z.enum(FREQUENCIES), proseSchema).default({}),
  /** Offers "Je ne sais pas" where it is an honest answer: it counts for nothing, and the result says so. */
  unsure: z.boolean().default(false),
});

const choiceFactNames = Object.keys(CHOICE_FACTS) as [keyof typeof CHOICE_FACTS, ...(keyof typeof CHOICE_FACTS)[]];
const numberFactNames = Object.keys(NUMBER_FACTS) as [keyof typeof NUMBER_FACTS, ...(keyof typeof NUMBER_FACTS)[]];

/** Show a question only when an earlier one got a given answer. */
const showIfSchema = z.object({ question: slugSchema, equals: z.string() }).optional();
/** Asked only when the verdict calls for an exit plan ("preparer" or "partir"): the question only shapes that plan. */
const onlyForExitSchema = z.boolean().default(false);

/** A context question answered by a choice. */
const choiceQuestionSchema = z.object({
  kind: z.literal('choix'),
  ...asked,
  fact: z.enum(choiceFactNames),
  /** One label per value the fact accepts (see src/lib/quiz/facts.ts), in display order. */
  options: z.array(z.object({ value: z.string(), label: proseSchema, short: shortSchema })).min(2),
  showIf: showIfSchema,
  onlyForExit: onlyForExitSchema,
});

/** A context question answered by a number. */
const numberQuestionSchema = z.object({
  kind: z.literal('nombre'),
  ...asked,
  fact: z.enum(numberFactNames),
  /** The unit shown beside the field, e.g. "€" or "jours". */
  unit: proseSchema,
  showIf: showIfSchema,
  onlyForExit: onlyForExitSchema,
});

/**
 * A follow-up that checks a deal-breaking answer before it decides the verdict, asked right
 * after the sign question it `confirms`, and only when that answer reaches its `dealBreakerFrom`.
 * An unpaid invoice may be a refusal, or only a late payment: each option says which. Until it
 * is answered, the sign's answer counts as given.
 */
const confirmQuestionSchema = z.object({
  kind: z.literal('confirmation'),
  ...asked,
  /** The id of the deal-breaker sign question it follows. */
  confirms: slugSchema,
  options: z
    .array(
      z.object({
        value: slugSchema,
        label: proseSchema,
        short: shortSchema,
        /** true: the deal-breaker holds; false: the answer it follows is set aside and counts for nothing. */
        dealBreaker: z.boolean(),
      }),
    )
    .min(2),
});

export const questionSchema = z.discriminatedUnion('kind', [
  signQuestionSchema,
  choiceQuestionSchema,
  numberQuestionSchema,
  confirmQuestionSchema,
]);

const levelSchema = z.object({
  /** The verdict in a few words, e.g. "Préparez une sortie propre". */
  title: proseSchema,
  /** The verdict in one word for the four-step scale under the title (« Préparer »): it never has to break on a phone. */
  short: proseSchema,
  /** What it means and what to do next, in two or three sentences. */
  summary: proseSchema,
  /** What to do this week, in one line, shown under the verdict. */
  thisWeek: proseSchema,
  /** Lowest share of the maximum score (0 to 1) that reaches this level. */
  from: z.number().min(0).max(1),
});

/** A notice suggested when the contract sets none, and the rule of thumb it follows, for the reader. */
const suggestionSchema = z.object({ notice: z.enum(NOTICES), explain: proseSchema });

/** content/diagnostic.yaml: everything the self-assessment asks, weighs and says. */
export const quizSchema = z.object({
  /** Labels and points of the frequency scale. */
  scale: z.object(
    Object.fromEntries(FREQUENCIES.map((f) => [f, z.object({ label: proseSchema, points: z.number().min(0).max(10) })])) as Record<
      (typeof FREQUENCIES)[number],
      z.ZodObject<{ label: typeof proseSchema; points: z.ZodNumber }>
    >,
  ),
  /** The label of the "don't know" answer some sign questions offer. */
  unsureLabel: proseSchema,
  /** Shown under an answer that alone makes the verdict "partir", so no one picks it unawares. */
  dealBreakerHint: proseSchema,
  /** From the verdict that keeps the client to the one that leaves at once; each level's `from` is higher than the previous. */
  levels: z.object({ garder: levelSchema, recadrer: levelSchema, preparer: levelSchema, partir: levelSchema }),
  /** One sign answered at least this often means at least "recadrer", whatever the total. */
  reframeFrom: z.enum(FREQUENCIES),
  /** One sign answered at least this often means at least "preparer": a sign fully present is reason enough to leave. */
  prepareFrom: z.enum(FREQUENCIES),
  /**
   * Words readers type that the page does not use, e.g. the letters it writes (indexed for
   * search on /diagnostic/, never shown; not part of the model the island fetches).
   */
  searchTerms: z.array(z.string().trim().min(1)).default([]),
  /** How many days after a boundary conversation to check whether it held. */
  recheckAfterDays: z.number().int().min(7).max(120),
  /** When a client worth keeping is worth a second look: days after the self-assessment. */
  keepRecheckAfterDays: z.number().int().min(30).max(365),
  /**
   * Suggested notice when the contract sets none, by length of the relationship, with the
   * published rule of thumb it follows, shown so the reader can judge.
   */
  suggestedNotice: z.object(
    Object.fromEntries(CHOICE_FACTS.duree.map((d) => [d, suggestionSchema])) as Record<
      (typeof CHOICE_FACTS.duree)[number],
      typeof suggestionSchema
    >,
  ),
  /** The script that sets a boundary: an id in content/scripts/ of kind "limite". */
  scripts: z.object({ boundary: slugSchema }),
  /** Labels of the optional letter fields, each filling one placeholder. */
  letterFields: z.object(
    Object.fromEntries(LETTER_FIELDS.map((f) => [f, proseSchema])) as Record<(typeof LETTER_FIELDS)[number], typeof proseSchema>,
  ),
  /** The questions, keyed by a stable id (part of saved and shared answers). */
  questions: z.record(slugSchema, questionSchema),
});

export type QuizData = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type { Frequency };
