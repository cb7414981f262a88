import { readAssessedCase, SHARED_DETAILS, type AssessedCase } from '../case/assessment';
import type { IsoDate } from '../case/calendar';
import { parseEuroAmount } from '../case/money';
import { FROM_ASSESSMENT } from '../urls';
import { isRecord } from '../untrusted';
import {
  emptyForm,
  emptyLetterDetails,
  formFromAssessment,
  MAX_INVOICES,
  MAX_PAYMENTS,
  type CalculatorForm,
  type InvoiceDraft,
  type LetterDetails,
} from './form';

/**
 * The calculator's form, saved in localStorage and shared in the URL fragment (never sent to
 * a server). Anything read back is untrusted: checked field by field, rejected as a whole.
 */
export { CALCULATOR_STORAGE_KEY } from '../storage-keys';
export const CALCULATOR_SHARE_PARAM = 'f';
const VERSION = 1;
/**
 * The longest text a field keeps, saved and shared: far beyond any real value, so that what the
 * reader pasted stays on screen and in storage, with a message, rather than being cut. The fields
 * enforce the same limit, so nothing typed is ever refused on reload.
 */
export const MAX_FIELD_TEXT = 20_000;

const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FIELD_TEXT;

function readInvoice(raw: unknown): InvoiceDraft | undefined {
  if (!isRecord(raw) || !text(raw['number']) || !text(raw['issued']) || !text(raw['amount']) || !text(raw['due'])) return undefined;
  const payments = raw['payments'];
  if (!Array.isArray(payments) || payments.length > MAX_PAYMENTS) return undefined;
  const read = payments.map((p) =>
    isRecord(p) && text(p['date']) && text(p['amount']) ? { date: p['date'], amount: p['amount'] } : undefined,
  );
  if (read.some((p) => p === undefined)) return undefined;
  return {
    number: raw['number'],
    issued: raw['issued'],
    amount: raw['amount'],
    due: raw['due'],
    payments: read as InvoiceDraft['payments'],
  };
}

function readLetter(raw: unknown): LetterDetails | undefined {
  if (raw === undefined) return emptyLetterDetails();
  if (!isRecord(raw) || typeof raw['team'] !== 'boolean') return undefined;
  const details = emptyLetterDetails();
  for (const key of SHARED_DETAILS) {
    // Saved before the client's company was asked: that field starts empty, the rest is kept.
    const value = key === 'clientCompany' ? (raw[key] ?? '') : raw[key];
    if (!text(value)) return undefined;
    details[key] = value;
  }
  return { ...details, team: raw['team'] };
}

/** Reads a saved or shared form; undefined when anything is off. */
export function readSavedForm(raw: unknown): CalculatorForm | undefined {
  if (!isRecord(raw) || raw['version'] !== VERSION) return undefined;
  const { client, base, rateMode, contractRate, calculationDate, formalNoticeDate, invoices, typedRates } = raw;
  const letter = readLetter(raw['letter']);
  if (!letter) return undefined;
  if (client !== 'professionnel' && client !== 'particulier') return undefined;
  if (base !== 'TTC' && base !== 'HT') return undefined;
  if (rateMode !== 'legal' && rateMode !== 'contract') return undefined;
  if (!text(contractRate) || !text(calculationDate) || !text(formalNoticeDate)) return undefined;
  if (!Array.isArray(invoices) || invoices.length === 0 || invoices.length > MAX_INVOICES) return undefined;
  const read = invoices.map(readInvoice);
  if (read.some((i) => i === undefined)) return undefined;
  if (!isRecord(typedRates)) return undefined;
  const rates: CalculatorForm['typedRates'] = {};
  for (const [period, value] of Object.entries(typedRates)) {
    if (!/^\d{4}-S[12]$/.test(period) || !isRecord(value) || !text(value['ecb']) || !text(value['legalOther'])) return undefined;
    rates[period] = { ecb: value['ecb'], legalOther: value['legalOther'] };
  }
  return {
    client,
    base,
    rateMode,
    contractRate,
    calculationDate,
    formalNoticeDate,
    invoices: read as InvoiceDraft[],
    typedRates: rates,
    letter,
  };
}

export const serializeForm = (form: CalculatorForm) => JSON.stringify({ version: VERSION, ...form });

export function parseSavedForm(json: string | null): CalculatorForm | undefined | 'illisible' {
  if (json === null) return undefined;
  try {
    return readSavedForm(JSON.parse(json)) ?? 'illisible';
  } catch {
    return 'illisible';
  }
}

// base64url of UTF-8 JSON: short enough for a link, and safe in a URL fragment.
const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (s: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** "f=<data>", for the URL fragment: the figures only, never the names and addresses typed for the letters. */
export const encodeFormShare = (form: CalculatorForm) =>
  `${CALCULATOR_SHARE_PARAM}=${toBase64Url(serializeForm({ ...form, letter: emptyLetterDetails() }))}`;

/** Reads a fragment; undefined when it carries no form, 'illisible' when it is broken or tampered with. */
export function decodeFormShare(hash: string): CalculatorForm | undefined | 'illisible' {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(`${CALCULATOR_SHARE_PARAM}=`)) return undefined;
  try {
    return parseSavedForm(fromBase64Url(fragment.slice(CALCULATOR_SHARE_PARAM.length + 1))) ?? 'illisible';
  } catch {
    return 'illisible';
  }
}

/** How the calculator opens: the form shown, what to tell the reader, and other figures they may still open. */
export interface Opening {
  form: CalculatorForm;
  notice?: string;
  /** Other figures than those saved on this device (a link's, or the self-assessment's): the reader chooses, nothing is replaced unasked. */
  link?: CalculatorForm;
  /** The figures come from the self-assessment on this device (or `link` does): how many invoices it brought. */
  fromAssessment?: number;
}

export const LINK_NOTICE = 'Ce calcul vient d’un lien\u00a0: vérifiez les montants et les dates avant de vous en servir.';
const sameFigures = (a: CalculatorForm, b: CalculatorForm) => encodeFormShare(a) === encodeFormShare(b);

/** The same client and the same invoices (number, amount, due date): the same case, whatever was added since (payments, a rate). */
const sameInvoices = (a: CalculatorForm, b: CalculatorForm) =>
  a.client === b.client &&
  a.invoices.length === b.invoices.length &&
  a.invoices.every((invoice, i) => {
    const other = b.invoices[i];
    return (
      other !== undefined &&
      invoice.number.trim() === other.number.trim() &&
      parseEuroAmount(invoice.amount) === parseEuroAmount(other.amount) &&
      invoice.due === other.due
    );
  });

const hasDetails = (details: LetterDetails) => SHARED_DETAILS.some((key) => details[key].trim() !== '');

/** Who writes and to whom, as typed in the self-assessment: the letters here start from them rather than from blanks. */
function assessedDetails(assessed: AssessedCase | undefined): LetterDetails | undefined {
  if (!assessed) return undefined;
  const details = { ...emptyLetterDetails(), ...assessed.details, team: assessed.team };
  return hasDetails(details) ? details : undefined;
}

/**
 * The form to start from, given the URL fragment, what this device saved, and the
 * self-assessment's saved state on this device (read as untrusted; nothing leaves the device).
 */
export function openingForm(hash: string, savedJson: string | null, today: IsoDate, assessmentJson: string | null = null): Opening {
  const assessed = readAssessedCase(assessmentJson, today);
  const opening =
    hash === `#${FROM_ASSESSMENT}` && assessed && assessed.invoices.length > 0
      ? openingFromAssessment(assessed, savedJson, today)
      : openingFrom(hash, savedJson, today);
  const details = assessedDetails(assessed);
  const fill = (form: CalculatorForm) => (details && !hasDetails(form.letter) ? { ...form, letter: details } : form);
  return { ...opening, form: fill(opening.form), ...(opening.link ? { link: fill(opening.link) } : {}) };
}

/** Opened from the self-assessment's result: its invoices, unless this device holds another calculation, which is never replaced unasked. */
function openingFromAssessment(assessed: AssessedCase, savedJson: string | null, today: IsoDate): Opening {
  const saved = parseSavedForm(savedJson);
  const readable = saved === 'illisible' ? undefined : saved;
  const fromCase = { ...formFromAssessment(assessed.invoices, assessed.client, today), letter: readable?.letter ?? emptyLetterDetails() };
  const fromAssessment = assessed.invoices.length;
  if (!readable) return { form: fromCase, fromAssessment };
  return sameInvoices(readable, fromCase) ? { form: readable, fromAssessment } : { form: readable, link: fromCase, fromAssessment };
}

function openingFrom(hash: string, savedJson: string | null, today: IsoDate): Opening {
  const shared = decodeFormShare(hash);
  const saved = parseSavedForm(savedJson);
  const readable = saved === 'illisible' ? undefined : saved;
  if (shared === 'illisible')
    return {
      form: readable ?? emptyForm(today),
      notice: `Ce lien de calcul est incomplet ou a été modifié\u00a0: il ne peut pas être relu.${readable ? ' Votre calcul enregistré sur cet appareil est intact.' : ''}`,
    };
  if (shared) {
    // The names and addresses typed for the letters never travel in a link: keep this device's.
    const linked = { ...shared, letter: readable?.letter ?? shared.letter };
    if (!readable) return { form: linked, notice: LINK_NOTICE };
    return sameFigures(readable, shared) ? { form: readable } : { form: readable, link: linked };
  }
  if (saved === 'illisible')
    return { form: emptyForm(today), notice: 'Le calcul enregistré sur cet appareil était illisible\u00a0: le formulaire repart de zéro.' };
  return { form: saved ?? emptyForm(today) };
}
