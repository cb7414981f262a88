import { z } from 'astro/zod';
import { localToday } from '../lib/case/calendar';
import { frenchTypography } from '../lib/typography';

// Authors read these messages: Zod's French locale for every schema of the guide (each imports this file).
z.config(z.locales.fr());

/**
 * A collection's schema as Astro should run it. Astro validates content with an error map of its
 * own that words a missing field "Required" and a wrong type "Expected type …", in English whatever
 * Zod's locale; validating here first and passing on Zod's French messages as they are keeps every
 * message an author reads in French, each still under its field's path.
 */
export const inFrench = <S extends z.ZodType>(schema: S) =>
  z.unknown().transform((data, ctx): z.output<S> => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: data });
    return z.NEVER;
  });

/** A slug as it appears in a URL or an anchor: lowercase ASCII words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'doit être un identifiant ASCII en minuscules, mots séparés par des tirets' });

/** One or more sentences of prose, never a stray blank; French spacing is applied here, once. */
export const proseSchema = z.string().trim().min(1, { error: 'ne peut pas être vide' }).transform(frenchTypography);

/** Search results and social cards show this: long enough to inform, short enough to fit. */
export const descriptionSchema = z
  .string()
  .trim()
  .min(50, { error: 'doit faire au moins 50 caractères' })
  .max(170, { error: 'doit faire au plus 170 caractères' })
  .transform(frenchTypography);

/**
 * A real calendar day written AAAA-MM-JJ (no 31 February), e.g. the day a fact was checked. The one
 * date schema of the content: every other date field refines it.
 */
export const calendarDateSchema = z.iso.date({
  // Unquoted, YAML reads 2026-11-29 as a date object and silently turns 2026-02-30 into 2 March.
  error: (issue) =>
    issue.input instanceof Date
      ? 'doit être entre guillemets, par exemple "2026-11-29"'
      : 'doit être une date réelle, au format AAAA-MM-JJ',
});

/**
 * A day that has already come: not after the day of the build, so "Mis à jour le" never promises a
 * review that has not happened. (Building later only ever makes it pass.)
 */
export const pastDateSchema = calendarDateSchema.refine((iso) => iso <= localToday(), { error: 'ne peut pas être dans le futur' });

/** Fields every page of the guide carries. */
export const pageSchema = z.object({
  /** The page heading and the start of its <title>. */
  title: z.string().trim().min(3).max(90).transform(frenchTypography),
  /** The meta and Open Graph description. */
  description: descriptionSchema,
  /** The day the page's words were last reviewed, shown as "Mis à jour le …" (AAAA-MM-JJ). */
  updatedOn: pastDateSchema,
  /** Ids in content/sources.yaml: the articles this page draws on. */
  sources: z.array(slugSchema).min(1, { error: 'doit citer au moins un article source' }),
  /** Ids in content/droit.yaml: the legal facts this page states. */
  legal: z.array(slugSchema).default([]),
  /** Words readers type that the page does not use (indexed for search, never shown). */
  searchTerms: z.array(z.string().trim().min(1)).default([]),
});
