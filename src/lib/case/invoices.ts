import { formatLongDateFr, isIsoDate, type IsoDate } from './calendar';
import { formatEuros, parseEuroAmount } from './money';

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

export const MAX_INVOICE_NUMBER = 40;
/** The largest amount either tool takes, for an invoice or a payment: more digits are a slip, never a sum owed. */
export const MAX_INVOICE_AMOUNT = 10_000_000;

/**
 * An amount as typed, read: its value, or what is wrong with it in words for the reader (`missing`
 * says what to type when the field is empty).
 */
export function readAmount(text: string, missing: string): { value?: number; problem?: string } {
  const value = parseEuroAmount(text);
  if (text.trim() === '') return { problem: missing };
  if (value === undefined) return { problem: 'Écrivez le montant en chiffres, par exemple 1 250 ou 1 250,50 (sans signe moins).' };
  if (value < 0.01) return { problem: 'Le montant doit être supérieur à zéro.' };
  if (value > MAX_INVOICE_AMOUNT)
    return { problem: `Le montant ne peut pas dépasser ${formatEuros(MAX_INVOICE_AMOUNT)}\u00a0: vérifiez le nombre de chiffres.` };
  return { value };
}

/**
 * The dates both tools take: from 1 January 2000 to 31 December of the year after the reference
 * (the calculation date, or today). Beyond them a date is a slip of the keyboard (« 24 » typed as
 * a year is kept by the browser as the year 24), never an invoice still owed.
 */
export const EARLIEST_DATE: IsoDate = '2000-01-01';
export const latestDate = (reference: IsoDate): IsoDate => `${Number(reference.slice(0, 4)) + 1}-12-31`;

/** A date as a date field gives it, read: the date, or what is wrong with it (`missing`: what to type when it is empty or not a date). */
export function readDate(text: string, reference: IsoDate, missing: string): { value?: IsoDate; problem?: string } {
  if (!isIsoDate(text)) return { problem: missing };
  const latest = latestDate(reference);
  if (text >= EARLIEST_DATE && text <= latest) return { value: text };
  // « 1er janvier 2000 »: the bounds without their weekday.
  const day = (d: IsoDate) => formatLongDateFr(d).replace(/^\S+ /, '');
  return { problem: `Vérifiez l’année\u00a0: la date doit se situer entre le ${day(EARLIEST_DATE)} et le ${day(latest)}.` };
}

/** Checks one typed invoice: what is wrong with each field, in words for the reader. */
export function checkInvoice(draft: InvoiceDraft, today: IsoDate): { invoice?: Invoice; problems: InvoiceProblem[] } {
  const problems: InvoiceProblem[] = [];
  const number = draft.number.trim();
  if (number === '') problems.push({ field: 'number', message: 'Indiquez le numéro de la facture, tel qu’il figure sur celle-ci.' });
  else if (number.length > MAX_INVOICE_NUMBER)
    problems.push({ field: 'number', message: `Un numéro de facture tient en ${MAX_INVOICE_NUMBER} caractères au plus.` });
  const amount = readAmount(draft.amount, 'Indiquez le montant restant dû sur cette facture.');
  if (amount.problem) problems.push({ field: 'amount', message: amount.problem });
  // A date still to come is not late yet: said before the bounds, which then only catch a year slipped into the past.
  const due =
    isIsoDate(draft.due) && draft.due >= today
      ? { problem: 'Cette échéance n’est pas encore passée\u00a0: la facture n’est pas en retard, ne la listez pas encore.' }
      : readDate(draft.due, today, 'Indiquez la date d’échéance de la facture.');
  if (due.problem) problems.push({ field: 'due', message: due.problem });
  return amount.value !== undefined && due.value !== undefined && problems.length === 0
    ? { invoice: { number, amount: amount.value, due: due.value }, problems }
    : { problems };
}

/** The typed invoices that are complete and valid; the others stay in the form with their messages. */
export const validInvoices = (drafts: InvoiceDraft[], today: IsoDate): Invoice[] =>
  drafts.flatMap((d) => checkInvoice(d, today).invoice ?? []);

/** The list a letter quotes: one line per invoice, each with its own due date, then the total when there are several. */
export function invoiceList(invoices: Invoice[]): string {
  const lines = invoices.map((i) => `– facture n°\u00a0${i.number}\u00a0: ${formatEuros(i.amount)}, échue le ${formatLongDateFr(i.due)}`);
  if (invoices.length > 1) lines.push(`Total\u00a0: ${formatEuros(invoices.reduce((sum, i) => sum + i.amount, 0))}`);
  return lines.join('\n');
}
