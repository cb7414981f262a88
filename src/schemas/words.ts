import { z } from 'astro/zod';
import { frenchTypography } from '../lib/typography';
import { ROLES } from '../lib/words/vocabulary';

/** A wording, typographically fixed once; "" is allowed only as a variant that drops an optional line. */
const wording = z.string().trim().transform(frenchTypography);

/**
 * Conditions that must all hold (see src/lib/words/vocabulary.ts; "!x" negates): names, "signe:<id>"
 * for a sign that is present, and, in the plan only, "raison:<id>" for the sign at the top of the verdict.
 */
export const conditionsSchema = z.array(
  z.string().regex(/^!?(?:[a-zA-Z]+|(?:signe|raison):[a-z0-9-]+)$/, { error: 'condition inconnue dans sa forme' }),
);

/** One wording used when all its conditions hold. */
const variantSchema = z.object({
  when: conditionsSchema.optional(),
  text: wording,
});

/**
 * Words that may vary with the situation: a plain text, or variants tried in order (the first
 * that applies wins). See src/lib/words/template.ts for `{je|nous}` and `[blanks]`.
 */
export const textSchema = z.union([
  z.string().trim().min(1, { error: 'ne peut pas être vide' }).transform(frenchTypography),
  z.array(variantSchema).min(1),
]);

/** One move of a conversation: what it does, then the words. */
export const lineSchema = z.object({
  /** What this move does in the composition: the build checks that an exit announces its end. */
  role: z.enum(ROLES),
  /** What this part of the conversation does, as the reader sees it, e.g. "Annoncer la décision". */
  step: z.string().trim().min(1).transform(frenchTypography),
  say: textSchema,
});

/** The name of words kept once and reused elsewhere with `use: <name>` (a shared paragraph or sentence). */
export const sharedNameSchema = z.string().regex(/^[a-zA-Z]+$/);

/** A part of a text with its own words (`text`) or shared ones (`use`): the two fields, one or the other. */
export const textOrUseFields = { text: textSchema.optional(), use: sharedNameSchema.optional() };
/** The rule of `textOrUseFields`, with the part named as authors read it (« un paragraphe », « une phrase »). */
export const textOrUseRule = (part: string) =>
  [
    (fields: { text?: unknown; use?: unknown }) => (fields.text === undefined) !== (fields.use === undefined),
    { error: `${part} a soit « text », soit « use »` },
  ] as const;

/**
 * One paragraph of a letter, with its role: its own words, or (`use`) a paragraph shared by
 * every letter, kept once in content/courriers.yaml (the unpaid invoices, the final invoice…).
 */
export const blockSchema = z.object({ role: z.enum(ROLES), ...textOrUseFields }).refine(...textOrUseRule('un paragraphe'));

/** A letter: its subject and its paragraphs, in order (the greeting and the signature are blocks too). */
export const letterSchema = z.object({
  subject: textSchema,
  blocks: z.array(blockSchema).min(2),
});

export type WordsText = z.infer<typeof textSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Letter = z.infer<typeof letterSchema>;
