import { formatLongDateFr, type IsoDate } from './notice';

/** An unpaid invoice as the user types it: kept as typed, so nothing is lost while it is invalid. */
export interface InvoiceDraft {
  number: string;
  amount: string;
  due: string;
}

/** An unpaid invoice once checked. */
export interface Invoice {
  number: string;
  amount: number;
  due: IsoDate;
}

export type InvoiceProblem = { field: keyof InvoiceDraft; message: string };

const AMOUNT = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/;

/**
 * A French amount as people write it: "1 250", "1250,50", "1 250,5 €". Anything else (hex,
 * exponents, a sign, "1.250" which could be either) is refused rather than guessed.
 */
export function parseEuroAmount(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s*€$/, '');
  const match = AMOUNT.exec(trimmed);
  if (!match) return undefined;
  const [, whole = '', cents = ''] = match;
  const value = Number(whole.replace(/[ \u00a0\u202f]/g, '')) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (text: string): text is IsoDate =>
  ISO.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

export const MAX_INVOICE_NUMBER = 40;
export const MAX_INVOICE_AMOUNT = 10_000_000;

/** Checks one typed invoice: what is wrong with each field, in words for the reader. */
export function checkInvoice(draft: InvoiceDraft, today: IsoDate): { invoice?: Invoice; problems: InvoiceProblem[] } {
  const problems: InvoiceProblem[] = [];
  const number = draft.number.trim();
  if (number === '') problems.push({ field: 'number', message: 'Indiquez le numéro de la facture, tel qu’il figure sur celle-ci.' });
  else if (number.length > MAX_INVOICE_NUMBER)
    problems.push({ field: 'number', message: `Un numéro de facture tient en ${MAX_INVOICE_NUMBER} caractères au plus.` });
  const amount = parseEuroAmount(draft.amount);
  if (draft.amount.trim() === '') problems.push({ field: 'amount', message: 'Indiquez le montant restant dû sur cette facture.' });
  else if (amount === undefined)
    problems.push({ field: 'amount', message: 'Écrivez le montant en chiffres, par exemple 1 250 ou 1 250,50 (sans signe moins).' });
  else if (amount < 0.01 || amount > MAX_INVOICE_AMOUNT)
    problems.push({ field: 'amount', message: 'Le montant doit être supérieur à zéro et inférieur à dix millions d’euros.' });
  if (!isIsoDate(draft.due)) problems.push({ field: 'due', message: 'Indiquez la date d’échéance de la facture.' });
  else if (draft.due >= today)
    problems.push({
      field: 'due',
      message: 'Cette échéance n’est pas encore passée : la facture n’est pas en retard, ne la listez pas encore.',
    });
  return problems.length === 0 ? { invoice: { number, amount: amount ?? 0, due: draft.due }, problems } : { problems };
}

/** The typed invoices that are complete and valid; the others stay in the form with their messages. */
export const validInvoices = (drafts: InvoiceDraft[], today: IsoDate): Invoice[] =>
  drafts.flatMap((d) => checkInvoice(d, today).invoice ?? []);

/** "1234.5" → "1 234,50 €" (with French no-break spaces). */
export const formatEuros = (amount: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);

/** The list a letter quotes: one line per invoice, each with its own due date, then the total when there are several. */
export function invoiceList(invoices: Invoice[]): string {
  const lines = invoices.map((i) => `– facture n°\u00a0${i.number}\u00a0: ${formatEuros(i.amount)}, échue le ${formatLongDateFr(i.due)}`);
  if (invoices.length > 1) lines.push(`Total\u00a0: ${formatEuros(invoices.reduce((sum, i) => sum + i.amount, 0))}`);
  return lines.join('\n');
}
