import type { IsoDate } from '../case/calendar';
import { MAX_INVOICE_NUMBER, readAmount, readDate } from '../case/invoices';
import type { ClientKind } from '../case/assessment';
import type { StatementInput } from './penalties';

/**
 * The calculator's form as the reader types it: every value kept as text, so nothing is lost
 * while it is wrong, and checked here into a StatementInput with a message per field.
 */
export interface PaymentDraft {
  date: string;
  amount: string;
}
export interface InvoiceDraft {
  number: string;
  /** Optional: the invoice date, only to check the due date comes after it. */
  issued: string;
  amount: string;
  due: string;
  payments: PaymentDraft[];
}
export interface CalculatorForm {
  client: ClientKind;
  /** Whether the amounts typed include VAT: the default, as most sources compute; shown on the statement. */
  base: 'TTC' | 'HT';
  rateMode: 'legal' | 'contract';
  contractRate: string;
  calculationDate: string;
  formalNoticeDate: string;
  invoices: InvoiceDraft[];
  /** Official rates typed for provisional half-years: period → { ecb, legalOther } as typed. */
  typedRates: Record<string, { ecb: string; legalOther: string }>;
  /** Who writes the letters, and to whom: saved on this device, never put in a shared link. */
  letter: LetterDetails;
}

export interface LetterDetails {
  yourName: string;
  yourBusiness: string;
  yourAddress: string;
  place: string;
  clientName: string;
  /** A business client's name, for the recipient's block of a posted letter. */
  clientCompany: string;
  clientAddress: string;
  /** The letters say « nous » for a team, « je » otherwise. */
  team: boolean;
}
export const emptyLetterDetails = (): LetterDetails => ({
  yourName: '',
  yourBusiness: '',
  yourAddress: '',
  place: '',
  clientName: '',
  clientCompany: '',
  clientAddress: '',
  team: false,
});

export const MAX_INVOICES = 50;
export const MAX_PAYMENTS = 20;

export const emptyInvoice = (): InvoiceDraft => ({ number: '', issued: '', amount: '', due: '', payments: [] });
export const emptyForm = (today: IsoDate): CalculatorForm => ({
  client: 'professionnel',
  base: 'TTC',
  rateMode: 'legal',
  contractRate: '',
  calculationDate: today,
  formalNoticeDate: '',
  invoices: [emptyInvoice()],
  typedRates: {},
  letter: emptyLetterDetails(),
});

/** A new calculation, for another client or another time: the reader's own details stay, the client's go. */
export function newCalculation(previous: CalculatorForm, today: IsoDate): CalculatorForm {
  const { yourName, yourBusiness, yourAddress, place, team } = previous.letter;
  return { ...emptyForm(today), letter: { ...emptyLetterDetails(), yourName, yourBusiness, yourAddress, place, team } };
}

/** A field's path in the form, e.g. "invoices.0.payments.1.amount". */
export type FieldPath = string;

const parseRate = (text: string) => {
  const match = /^\s*(\d{1,2})(?:[,.](\d{1,3}))?\s*%?\s*$/.exec(text);
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : undefined;
};

/**
 * The form checked: the input for the calculation, and a message for each field that is wrong.
 * The calculation date is bounded from today; every other date from the calculation date.
 */
export function readForm(form: CalculatorForm, today: IsoDate): { input: StatementInput | undefined; errors: Map<FieldPath, string> } {
  const errors = new Map<FieldPath, string>();
  const error = (path: FieldPath, message: string | undefined) => message === undefined || errors.has(path) || errors.set(path, message);
  const calculation = readDate(form.calculationDate, today, 'Indiquez la date à laquelle calculer.');
  error('calculationDate', calculation.problem);
  const calculationDate = calculation.value;
  const reference = calculationDate ?? today;
  const date = (text: string, missing: string) => readDate(text, reference, missing);

  let contractRate: number | undefined;
  if (form.client === 'professionnel' && form.rateMode === 'contract') {
    contractRate = parseRate(form.contractRate);
    if (contractRate === undefined) error('contractRate', 'Indiquez le taux annuel prévu au contrat, par exemple 10 ou 12,5.');
  }
  let formalNoticeDate: IsoDate | undefined;
  if (form.client === 'particulier' && form.formalNoticeDate.trim() !== '') {
    const notice = date(form.formalNoticeDate, 'Indiquez une date valide.');
    if (notice.value && calculationDate && notice.value > calculationDate)
      error('formalNoticeDate', 'La mise en demeure ne peut pas être postérieure à la date de calcul.');
    else error('formalNoticeDate', notice.problem);
    formalNoticeDate = notice.value;
  }

  const invoices: StatementInput['invoices'] = [];
  form.invoices.forEach((draft, i) => {
    const at = `invoices.${i}`;
    const number = draft.number.trim();
    if (number === '') error(`${at}.number`, 'Indiquez le numéro de la facture.');
    else if (number.length > MAX_INVOICE_NUMBER)
      error(`${at}.number`, `Un numéro de facture tient en ${MAX_INVOICE_NUMBER} caractères au plus.`);
    const amount = readAmount(draft.amount, 'Indiquez le montant de la facture.');
    error(`${at}.amount`, amount.problem);
    const issued = draft.issued.trim() === '' ? {} : date(draft.issued, 'Indiquez une date valide, ou laissez vide.');
    const due = date(draft.due, 'Indiquez la date d’échéance de la facture.');
    if (due.value && issued.value && due.value < issued.value) error(`${at}.due`, 'L’échéance ne peut pas précéder la date de la facture.');
    error(`${at}.due`, due.problem);
    error(`${at}.issued`, issued.problem);
    const payments: { date: IsoDate; amount: number }[] = [];
    let paid = 0;
    draft.payments.forEach((p, j) => {
      const pat = `${at}.payments.${j}`;
      const day = date(p.date, 'Indiquez la date du paiement.');
      if (day.value && calculationDate && day.value > calculationDate)
        error(`${pat}.date`, 'Ce paiement est postérieur à la date de calcul\u00a0: reculez-la ou retirez-le.');
      error(`${pat}.date`, day.problem);
      const value = readAmount(p.amount, 'Indiquez le montant payé, en chiffres.');
      error(`${pat}.amount`, value.problem);
      if (value.value !== undefined) {
        paid += value.value;
        if (amount.value !== undefined && paid > amount.value + 0.005)
          error(`${pat}.amount`, 'Les paiements dépassent le montant de la facture.');
        if (day.value) payments.push({ date: day.value, amount: value.value });
      }
    });
    if (amount.value !== undefined && due.value)
      invoices.push({ number, amount: amount.value, issued: issued.value, due: due.value, payments });
  });

  const typedRates: NonNullable<StatementInput['typedRates']> = {};
  for (const [period, typed] of Object.entries(form.typedRates)) {
    const ecb = typed.ecb.trim() === '' ? undefined : parseRate(typed.ecb);
    const legalOther = typed.legalOther.trim() === '' ? undefined : parseRate(typed.legalOther);
    if (typed.ecb.trim() !== '' && ecb === undefined) error(`typedRates.${period}.ecb`, 'Indiquez un taux, par exemple 2,15.');
    if (typed.legalOther.trim() !== '' && legalOther === undefined)
      error(`typedRates.${period}.legalOther`, 'Indiquez un taux, par exemple 2,62.');
    typedRates[period] = { ecb, legalOther };
  }
  if (errors.size > 0 || !calculationDate) return { input: undefined, errors };
  return { input: { client: form.client, invoices, calculationDate, contractRate, formalNoticeDate, typedRates }, errors };
}

/** The calculator's form prefilled with what the self-assessment knows: the client and the unpaid invoices. */
export function formFromAssessment(
  invoices: { number: string; amount: number; due: IsoDate }[],
  client: ClientKind,
  today: IsoDate,
): CalculatorForm {
  return {
    ...emptyForm(today),
    client,
    invoices: invoices.map((i) => ({ ...emptyInvoice(), number: i.number, amount: String(i.amount).replace('.', ','), due: i.due })),
  };
}
