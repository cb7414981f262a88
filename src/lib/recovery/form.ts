import { isIsoDate, type IsoDate } from '../case/calendar';
import { parseEuroAmount } from '../case/money';
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

export const MAX_NUMBER_LENGTH = 40;
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

/** The form checked: the input for the calculation, and a message for each field that is wrong. */
export function readForm(form: CalculatorForm): { input: StatementInput | undefined; errors: Map<FieldPath, string> } {
  const errors = new Map<FieldPath, string>();
  const error = (path: FieldPath, message: string) => errors.has(path) || errors.set(path, message);
  const calculationDate = form.calculationDate;
  if (!isIsoDate(calculationDate)) error('calculationDate', 'Indiquez la date à laquelle calculer.');

  let contractRate: number | undefined;
  if (form.client === 'professionnel' && form.rateMode === 'contract') {
    contractRate = parseRate(form.contractRate);
    if (contractRate === undefined) error('contractRate', 'Indiquez le taux annuel prévu au contrat, par exemple 10 ou 12,5.');
  }
  let formalNoticeDate: IsoDate | undefined;
  if (form.client === 'particulier') {
    if (form.formalNoticeDate.trim() === '') formalNoticeDate = undefined;
    else if (!isIsoDate(form.formalNoticeDate)) error('formalNoticeDate', 'Indiquez une date valide.');
    else if (isIsoDate(calculationDate) && form.formalNoticeDate > calculationDate)
      error('formalNoticeDate', 'La mise en demeure ne peut pas être postérieure à la date de calcul.');
    else formalNoticeDate = form.formalNoticeDate;
  }

  const invoices: StatementInput['invoices'] = [];
  form.invoices.forEach((draft, i) => {
    const at = `invoices.${i}`;
    const number = draft.number.trim();
    if (number === '') error(`${at}.number`, 'Indiquez le numéro de la facture.');
    else if (number.length > MAX_NUMBER_LENGTH)
      error(`${at}.number`, `Un numéro de facture tient en ${MAX_NUMBER_LENGTH} caractères au plus.`);
    const amount = parseEuroAmount(draft.amount);
    if (draft.amount.trim() === '') error(`${at}.amount`, 'Indiquez le montant de la facture.');
    else if (amount === undefined)
      error(`${at}.amount`, 'Écrivez le montant en chiffres, par exemple 1 250 ou 1 250,50 (sans signe moins).');
    else if (amount < 0.01) error(`${at}.amount`, 'Le montant doit être supérieur à zéro.');
    if (!isIsoDate(draft.due)) error(`${at}.due`, 'Indiquez la date d’échéance de la facture.');
    else if (isIsoDate(draft.issued) && draft.due < draft.issued)
      error(`${at}.due`, 'L’échéance ne peut pas précéder la date de la facture.');
    if (draft.issued.trim() !== '' && !isIsoDate(draft.issued)) error(`${at}.issued`, 'Indiquez une date valide, ou laissez vide.');
    const payments: { date: IsoDate; amount: number }[] = [];
    let paid = 0;
    draft.payments.forEach((p, j) => {
      const pat = `${at}.payments.${j}`;
      const value = parseEuroAmount(p.amount);
      if (!isIsoDate(p.date)) error(`${pat}.date`, 'Indiquez la date du paiement.');
      else if (isIsoDate(calculationDate) && p.date > calculationDate)
        error(`${pat}.date`, 'Ce paiement est postérieur à la date de calcul : reculez-la ou retirez-le.');
      if (value === undefined || value < 0.01) error(`${pat}.amount`, 'Indiquez le montant payé, en chiffres.');
      else {
        paid += value;
        if (amount !== undefined && paid > amount + 0.005) error(`${pat}.amount`, 'Les paiements dépassent le montant de la facture.');
      }
      if (isIsoDate(p.date) && value !== undefined) payments.push({ date: p.date, amount: value });
    });
    if (amount !== undefined && isIsoDate(draft.due))
      invoices.push({ number, amount, issued: isIsoDate(draft.issued) ? draft.issued : undefined, due: draft.due, payments });
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
  if (errors.size > 0 || !isIsoDate(calculationDate)) return { input: undefined, errors };
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
