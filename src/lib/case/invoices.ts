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

/** The list a letter quotes: one line per invoice, each with its own due date, then the total when there are several. */
export function invoiceList(invoices: Invoice[]): string {
  const lines = invoices.map((i) => `– facture n°\u00a0${i.number}\u00a0: ${formatEuros(i.amount)}, échue le ${formatLongDateFr(i.due)}`);
  if (invoices.length > 1) lines.push(`Total\u00a0: ${formatEuros(invoices.reduce((sum, i) => sum + i.amount, 0))}`);
  return lines.join('\n');
}
