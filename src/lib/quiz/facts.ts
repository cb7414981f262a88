import { CONTRACTS, RELATIONSHIP_LENGTHS, REVENUE_SHARES } from '../case/client-case';
import { MAX_INVOICE_AMOUNT } from '../case/invoices';

/** How often something happens: the answer to every question about a warning sign, in increasing order. */
export const FREQUENCIES = ['jamais', 'parfois', 'souvent', 'toujours'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** The answer "Je ne sais pas", offered on some sign questions: it counts for nothing. */
export const UNSURE = 'inconnu';

export const atLeast = (answer: Frequency, threshold: Frequency) => FREQUENCIES.indexOf(answer) >= FREQUENCIES.indexOf(threshold);

/**
 * The context facts the self-assessment asks about. They change the plan (notice, timing,
 * legal notes), not the verdict. Choice facts accept exactly these values; their labels
 * and wording live in content/diagnostic.yaml.
 */
export const CHOICE_FACTS = {
  /** How long you have worked together. */
  duree: RELATIONSHIP_LENGTHS,
  /** Whether the user works alone (the words say "je") or with a team ("nous"). */
  equipe: ['seul', 'equipe'],
  /** The client's share of your revenue. */
  'part-du-ca': REVENUE_SHARES,
  /** Whether a project is in progress. */
  'projet-en-cours': ['oui', 'non'],
  /** The contract in place. */
  contrat: CONTRACTS,
  /** A business (B2B rules apply) or a private person. */
  'type-de-client': ['professionnel', 'particulier'],
  /** Whether work already done is not yet invoiced (a last invoice is then due). */
  'a-facturer': ['oui', 'non'],
  /** Whether you already tried to fix the problem (a boundary, a renegotiation…). */
  'deja-essaye': ['oui', 'non'],
  /** The notice the contract sets (asked only when it has a notice clause). */
  'preavis-contractuel': ['deux-semaines', 'un-mois', 'deux-mois', 'trois-mois', 'six-mois'],
} as const;

/** Facts answered with a number. */
export const NUMBER_FACTS = {
  /** Amount currently owed, in euros. */
  'montant-du': { min: 0, max: MAX_INVOICE_AMOUNT },
} as const;

export type ChoiceFact = keyof typeof CHOICE_FACTS;
export type NumberFact = keyof typeof NUMBER_FACTS;
export type ChoiceValue<F extends ChoiceFact> = (typeof CHOICE_FACTS)[F][number];

/** The free-text fields that personalise the letters; most fill the placeholder of the same name. */
export const LETTER_FIELDS = [
  'yourName',
  'yourBusiness',
  'yourAddress',
  'place',
  'clientName',
  'clientCompany',
  'clientAddress',
  'project',
  'deliverables',
  'facts',
  'contractEnd',
  'referral',
  'referralContact',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

export { NOTICES, type Notice } from '../case/client-case';
