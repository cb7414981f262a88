import { readAssessedCase, SHARED_DETAILS, type AssessedCase } from '../case/assessment';
import { halfYearOf, type IsoDate } from '../case/calendar';
import { EARLIEST_DATE } from '../case/invoices';
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
/**
 * The most a whole calculation weighs, saved or in a link: its JSON, in UTF-8 bytes. Several
 * fields pasted full fit (four of 20 000 three-byte characters), and fifty invoices of twenty
 * payments each weigh a fifth of it. The same bound on both sides: nothing longer is saved or
 * linked (the page says so), and nothing longer is read, which is checked before any parsing.
 */
export const MAX_FORM_BYTES = 256 * 1024;
/** A link's data is base64 of at most MAX_FORM_BYTES: four characters for every three bytes. */
const MAX_LINK_DATA = Math.ceil(MAX_FORM_BYTES / 3) * 4;
// A UTF-16 unit is at least one byte in UTF-8: a JSON string no longer than the bound in units needs counting only when it might exceed it.
const fits = (json: string) => json.length * 3 <= MAX_FORM_BYTES || new TextEncoder().encode(json).length <= MAX_FORM_BYTES;

const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FIELD_TEXT;
/** Official rates typed by half-year: a century of them, from the first year the form takes. */
const MAX_TYPED_RATES = 200;

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
  const periods = Object.entries(typedRates);
  if (periods.length > MAX_TYPED_RATES) return undefined;
  const rates: CalculatorForm['typedRates'] = {};
  for (const [period, value] of periods) {
    if (!/^\d{4}-S[12]$/.test(period) || period < halfYearOf(EARLIEST_DATE)) return undefined;
    if (!isRecord(value) || !text(value['ecb']) || !text(value['legalOther'])) return undefined;
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

/** The form as this device saves it, or undefined when it is too long to be read back (MAX_FORM_BYTES). */
export function savedJson(form: CalculatorForm): string | undefined {
  const json = serializeForm(form);
  return fits(json) ? json : undefined;
}

/** What this device holds: a calculation, nothing, or one it cannot read (too long, broken, tampered with). */
export type SavedForm = CalculatorForm | undefined | 'illisible';

export function parseSavedForm(json: string | null): SavedForm {
  if (json === null) return undefined;
  // Anything this page saves is within the bound, counted in bytes; a longer text is refused unread.
  if (json.length > MAX_FORM_BYTES) return 'illisible';
  try {
    return readSavedForm(JSON.parse(json)) ?? 'illisible';
  } catch {
    return 'illisible';
  }
}

// base64url of UTF-8 JSON: short enough for a link, and safe in a URL fragment. The bytes go into
// the string one at a time: spread into one call, the tens of thousands of bytes a field may hold
// overflowed the call stack.
function toBase64Url(s: string) {
  let binary = '';
  for (const byte of new TextEncoder().encode(s)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const fromBase64Url = (s: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** The form without the names and addresses typed for the letters: what a link carries. */
const figures = (form: CalculatorForm) => serializeForm({ ...form, letter: emptyLetterDetails() });

/**
 * "f=<data>", for the URL fragment: the figures only, never the names and addresses typed for the
 * letters. Undefined when the calculation is too long for a link that would open (MAX_FORM_BYTES).
 */
export function encodeFormShare(form: CalculatorForm): string | undefined {
  const json = figures(form);
  return fits(json) ? `${CALCULATOR_SHARE_PARAM}=${toBase64Url(json)}` : undefined;
}

/** A calculator's link, or the self-assessment's hand-off, to be read (and then taken out of the address). */
export const isCalculatorLink = (hash: string) => hash.startsWith(`#${CALCULATOR_SHARE_PARAM}=`) || hash === `#${FROM_ASSESSMENT}`;

/** Reads a fragment; undefined when it carries no form, 'illisible' when it is broken, tampered with or too long. */
export function decodeFormShare(hash: string): SavedForm {
  const prefix = `#${CALCULATOR_SHARE_PARAM}=`;
  if (!hash.startsWith(prefix)) return undefined;
  // Longer than any link this page makes: refused before decoding.
  if (hash.length - prefix.length > MAX_LINK_DATA) return 'illisible';
  try {
    return parseSavedForm(fromBase64Url(hash.slice(prefix.length))) ?? 'illisible';
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
  /**
   * Nothing is written until the reader changes the form: this device holds nothing to replace,
   * or a calculation it could not read, which stays as it is.
   */
  leaveSaved?: true;
}

export const LINK_NOTICE = 'Ce calcul vient d’un lien\u00a0: vérifiez les montants et les dates avant de vous en servir.';
export const UNREADABLE_NOTICE =
  'Le calcul enregistré sur cet appareil n’a pas pu être relu. Il n’est pas effacé\u00a0: le formulaire repart de zéro, et ce que vous y saisirez le remplacera.';
const BROKEN_LINK = 'Ce lien de calcul est incomplet ou a été modifié\u00a0: il ne peut pas être relu.';

const sameFigures = (a: CalculatorForm, b: CalculatorForm) => figures(a) === figures(b);

/** No invoice typed in yet: a form to fill, not work a link or the self-assessment would replace. */
const blank = (form: CalculatorForm) =>
  form.invoices.every((i) => [i.number, i.issued, i.amount, i.due].every((t) => t.trim() === '') && i.payments.length === 0);

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
export const openingForm = (hash: string, savedJson: string | null, today: IsoDate, assessmentJson: string | null = null): Opening =>
  openingOver(hash, parseSavedForm(savedJson), today, assessmentJson);

/**
 * The same over a calculation already read: what this device holds, or the form on screen when a
 * link is pasted into the open page. The same guarantees either way: nothing unreadable is
 * overwritten unasked, no calculation is replaced without the reader's choice.
 */
export function openingOver(hash: string, saved: SavedForm, today: IsoDate, assessmentJson: string | null = null): Opening {
  const mine = saved === 'illisible' ? undefined : saved;
  const assessed = readAssessedCase(assessmentJson, today);
  const opening =
    hash === `#${FROM_ASSESSMENT}` && assessed && assessed.invoices.length > 0
      ? openingFromAssessment(assessed, mine, today)
      : openingFromLink(hash, mine, today);
  const details = assessedDetails(assessed);
  const fill = (form: CalculatorForm) => (details && !hasDetails(form.letter) ? { ...form, letter: details } : form);
  const opened = { ...opening, form: fill(opening.form), ...(opening.link ? { link: fill(opening.link) } : {}) };
  if (saved !== 'illisible') return opened;
  return { ...opened, notice: [opening.notice, UNREADABLE_NOTICE].filter(Boolean).join(' '), leaveSaved: true };
}

/** Opened from the self-assessment's result: its invoices, unless this device holds another calculation, which is never replaced unasked. */
function openingFromAssessment(assessed: AssessedCase, mine: CalculatorForm | undefined, today: IsoDate): Opening {
  const fromCase = { ...formFromAssessment(assessed.invoices, assessed.client, today), letter: mine?.letter ?? emptyLetterDetails() };
  const fromAssessment = assessed.invoices.length;
  if (!mine || blank(mine)) return { form: fromCase, fromAssessment };
  return sameInvoices(mine, fromCase) ? { form: mine, fromAssessment } : { form: mine, link: fromCase, fromAssessment };
}

function openingFromLink(hash: string, mine: CalculatorForm | undefined, today: IsoDate): Opening {
  const shared = decodeFormShare(hash);
  if (shared === 'illisible')
    return mine
      ? { form: mine, notice: `${BROKEN_LINK} Votre calcul enregistré sur cet appareil est intact.` }
      : { form: emptyForm(today), notice: BROKEN_LINK, leaveSaved: true };
  if (shared) {
    // The names and addresses typed for the letters never travel in a link: keep this device's.
    const linked = { ...shared, letter: mine?.letter ?? shared.letter };
    if (!mine || blank(mine)) return { form: linked, notice: LINK_NOTICE };
    return sameFigures(mine, shared) ? { form: mine } : { form: mine, link: linked };
  }
  return mine ? { form: mine } : { form: emptyForm(today), leaveSaved: true };
}
