/**
 * The blanks an exit script may contain. The self-assessment fills them from the
 * user's answers, so a script may only use these: the content cross-check rejects others.
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
  invoiceNumber: '[Numéro de facture]',
  referral: '[Nom du confrère]',
  referralContact: '[Coordonnées du confrère]',
} as const;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

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
