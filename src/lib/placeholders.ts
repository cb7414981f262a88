/**
 * The blanks an exit script or a letter may contain. The self-assessment fills them from the
 * user's answers, so content may only use these: the content cross-check rejects others.
 */
export const PLACEHOLDERS = {
  clientName: '[Prénom du client]',
  clientCompany: '[Entreprise du client]',
  yourName: '[Votre prénom]',
  yourBusiness: '[Votre entreprise]',
  project: '[Nom du projet]',
  lastDay: '[Date du dernier jour]',
  notice: '[Durée du préavis]',
  deliverables: '[Livrables restants]',
  amountDue: '[Montant dû]',
  /** The unpaid invoices as a list, one per line, each with its own due date. */
  invoices: '[Factures impayées]',
  /** Penalties, indemnities or interest computed by the late-payment calculator, one line each. */
  penalties: '[Pénalités et indemnités]',
  /** The day the calculator's penalties are computed to (« arrêtées au … »). */
  calculationDate: '[Date du calcul]',
  /** Everything claimed: unpaid balance plus penalties, indemnities or interest. */
  totalClaimed: '[Total réclamé]',
  /** The date by which the client must act: pay, or put right the breach. */
  deadline: '[Date limite]',
  /** When a boundary is checked again. */
  recheck: '[Date du point d’étape]',
  /** What the client did, with dates: a letter to a client at fault records the facts. */
  facts: '[Les faits, avec leurs dates]',
  referral: '[Nom du confrère]',
  referralContact: '[Coordonnées du confrère]',
  /** What the mise en demeure requires of the client (an infinitive clause ending the sentence); written by the exit script. */
  demand: '[Ce qui est exigé]',
  /** The day the mise en demeure is sent, recalled by the notification of termination. */
  formalNoticeDate: '[Date de la mise en demeure]',
  /** The fixed recovery indemnity per late invoice, « 40 € »: a figure of content/taux.yaml, never typed in the words. */
  indemnity: '[Indemnité forfaitaire]',
  /** How long a claim against a business client lasts, « cinq ans » (content/taux.yaml). */
  limitationProfessional: '[Prescription entre professionnels]',
  /** How long a claim against a private client lasts, « deux ans » (content/taux.yaml). */
  limitationConsumer: '[Prescription face à un particulier]',
  /** The printed letter's address blocks and where and when it is written. */
  yourAddress: '[Votre adresse]',
  clientAddress: '[Adresse du client]',
  place: '[Ville]',
  letterDate: '[Date du courrier]',
} as const;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

/**
 * Blanks only the plan's notes (content/plan.yaml) use, besides the computed ones above: dates
 * and words the letters never quote. The composer always fills them where a note can appear.
 */
export const PLAN_PLACEHOLDERS = {
  /** The day the decision is announced (or the mise en demeure sent): the first working day. */
  announce: '[Date de l’annonce]',
  /** After a mise en demeure without effect: the day the notification of termination goes. */
  termination: '[Date de la résiliation]',
  /** The day the notice or the contract ends, before it moves back to a working day. */
  plannedEnd: '[Date de fin prévue]',
  /** The public holiday that end date falls on, « Noël », « le 14 Juillet ». */
  holiday: '[Jour férié]',
  /** Why the suggested notice has this length (content/diagnostic.yaml, `suggestedNotice`). */
  noticeReason: '[Pourquoi ce préavis]',
} as const;

const KNOWN = new Set<string>(Object.values(PLACEHOLDERS));

/** Every `[Bracketed blank]` in a text, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  return text.match(/\[[^\]\n]+\]/g) ?? [];
}

export function isKnownPlaceholder(token: string): boolean {
  return KNOWN.has(token);
}

/** Splits a text into plain parts and placeholder parts, so a page can mark the blanks. */
export function splitOnPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  return text
    .split(/(\[[^\]\n]+\])/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, placeholder: isKnownPlaceholder(part) }));
}

/**
 * What fills « [Votre entreprise] » under a signature: the business typed, or nothing once a name
 * is typed, since many freelancers sign with their name alone; undefined leaves the blank to fill.
 */
export const signatureBusiness = (yourName: string | undefined, yourBusiness: string | undefined): string | undefined =>
  yourBusiness?.trim() || (yourName?.trim() ? '' : undefined);
