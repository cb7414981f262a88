import { z } from 'astro/zod';
import { calendarDateSchema, proseSchema } from './common';

const percent = z.number().min(0).max(100);
const source = z.object({
  /** The text or publication, e.g. "Arrêté du 15 décembre 2025, JORF du 26 décembre 2025". */
  label: proseSchema,
  url: z.url({ protocol: /^https$/ }),
});

/** One half-year of the rates that French late-payment law refers to. */
const halfYearSchema = z.object({
  /** "2026-S1" (1 January to 30 June) or "2026-S2" (1 July to 31 December). */
  period: z.string().regex(/^\d{4}-S[12]$/, { error: 'doit être de la forme 2026-S1 ou 2026-S2' }),
  /** ECB main refinancing rate in force on 1 January or 1 July (Code de commerce L441-10 II). */
  ecb: percent,
  /** Taux de l'intérêt légal, "tous les autres cas" column: a professional creditor's, even against a private client. */
  legalOther: percent.optional(),
  /** Taux de l'intérêt légal, column of creditors who are private persons (not used by a freelancer, shown for reference). */
  legalPrivate: percent.optional(),
  /** Where the figures come from. */
  sources: z.array(source).min(1),
  /** The day a person checked them against the source. */
  verifiedOn: calendarDateSchema,
  /** Not confirmed by an official text yet: a result that uses this row says so and lets the reader type the official rate. */
  provisional: z.boolean().default(false),
});

/** content/taux.yaml: the dated, sourced rates the late-payment calculator uses. */
export const ratesSchema = z.object({
  /** Points added to the ECB rate for the default B2B penalty rate (L441-10 II). */
  ecbMargin: z.number().min(0).max(20),
  /** The multiple of the legal interest rate below which a contractual rate is unlawful (L441-10 II). */
  contractFloor: z.number().min(1).max(10),
  /** Fixed recovery indemnity per late invoice, professionals only (D441-5). */
  indemnity: z.number().min(0),
  /** Years after the due date before a claim lapses: 5 between professionals, 2 against a consumer. */
  limitationYears: z.object({ professionnel: z.number().int().min(1), particulier: z.number().int().min(1) }),
  /** The legal reference each kind of line of a statement cites. */
  references: z.object({
    defaultRate: proseSchema,
    contractRate: proseSchema,
    indemnity: proseSchema,
    legalInterest: proseSchema,
    limitationProfessional: proseSchema,
    limitationConsumer: proseSchema,
  }),
  /** In order, oldest first, one per half-year, with no gap. */
  halfYears: z.array(halfYearSchema).min(1),
});

export type RatesData = z.infer<typeof ratesSchema>;
export type HalfYearRates = RatesData['halfYears'][number];
