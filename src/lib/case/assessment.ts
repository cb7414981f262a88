import { isRecord } from '../untrusted';
import { checkInvoice, type Invoice } from './invoices';
// The bounds the self-assessment saves within: anything beyond was not typed in its fields.
import { MAX_FIELD, MAX_INVOICES } from '../quiz/state';
import { isIsoDate, type IsoDate } from './calendar';

/** Who the client is, for the law that applies: a business (Code de commerce) or a private person. */
export type ClientKind = 'professionnel' | 'particulier';

/** The letter details both tools share, by the self-assessment's field names. */
export const SHARED_DETAILS = ['yourName', 'yourBusiness', 'yourAddress', 'place', 'clientName', 'clientCompany', 'clientAddress'] as const;
export type SharedDetail = (typeof SHARED_DETAILS)[number];

/**
 * The mise en demeure the self-assessment's result prepared for unpaid invoices (a client at fault
 * being left): the calculator shows it as the one to send, instead of composing a second.
 */
export interface PlannedNotice {
  /** The day it is dated and sent. */
  sent: IsoDate;
  /** The day the client must have paid by. */
  deadline: IsoDate;
  /** The invoices it claims and what each leaves to pay: it is only taken up for the same claim. */
  invoices: { number: string; balance: number }[];
}

/**
 * What the self-assessment saves beside its own state for the calculator: its case as the result
 * read it (derived from the answers, so it never reads it back), and the mise en demeure it prepared.
 */
export interface CaseForCalculator {
  client: ClientKind;
  team: boolean;
  tried: boolean;
  notice?: PlannedNotice | undefined;
}

/** One client's case as the self-assessment left it on this device, for the calculator to take up. */
export interface AssessedCase {
  client: ClientKind;
  /** The invoices typed in the self-assessment that are complete and past due. */
  invoices: Invoice[];
  /** Who writes and to whom, trimmed; only the details typed. */
  details: Partial<Record<SharedDetail, string>>;
  /** The letters say « nous » for a team. */
  team: boolean;
  /** The user said they had already tried to settle things with this client. */
  tried: boolean;
  notice: PlannedNotice | undefined;
}

function readPlannedNotice(raw: unknown): PlannedNotice | undefined {
  if (!isRecord(raw)) return undefined;
  const { sent, deadline, invoices } = raw;
  if (typeof sent !== 'string' || typeof deadline !== 'string' || !isIsoDate(sent) || !isIsoDate(deadline) || deadline <= sent)
    return undefined;
  if (!Array.isArray(invoices) || invoices.length === 0 || invoices.length > MAX_INVOICES) return undefined;
  const claimed = invoices.flatMap((i) => {
    if (!isRecord(i) || typeof i['number'] !== 'string' || i['number'].length > MAX_FIELD) return [];
    const balance = i['balance'];
    return typeof balance === 'number' && Number.isFinite(balance) && balance > 0 ? [{ number: i['number'], balance }] : [];
  });
  return claimed.length === invoices.length ? { sent, deadline, invoices: claimed } : undefined;
}

/**
 * Reads the self-assessment's saved state (untrusted: it may be old, tampered with or broken)
 * without its questionnaire: its case for the calculator, the invoices and the letter details,
 * each checked, and nothing else. Broken JSON or a wrong shape gives undefined; a wrong part is left out.
 */
export function readAssessedCase(json: string | null, today: IsoDate): AssessedCase | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? 'null');
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  const saved = isRecord(raw['case']) ? raw['case'] : {};
  const fields = isRecord(raw['fields']) ? raw['fields'] : {};
  const details: AssessedCase['details'] = {};
  for (const key of SHARED_DETAILS) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_FIELD) details[key] = value.trim();
  }
  const rows = Array.isArray(raw['invoices']) ? raw['invoices'].slice(0, MAX_INVOICES) : [];
  const invoices = rows.flatMap((row) => {
    if (!isRecord(row)) return [];
    const [number, amount, due] = [row['number'], row['amount'], row['due']];
    if (typeof number !== 'string' || typeof amount !== 'string' || typeof due !== 'string') return [];
    return checkInvoice({ number, amount, due }, today).invoice ?? [];
  });
  return {
    client: saved['client'] === 'particulier' ? 'particulier' : 'professionnel',
    invoices,
    details,
    team: saved['team'] === true,
    tried: saved['tried'] === true,
    notice: readPlannedNotice(saved['notice']),
  };
}
