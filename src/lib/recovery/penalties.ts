import type { ClientKind } from '../case/assessment';
import { addYears, dayNumber, fromDayNumber, halfYearOf, nextHalfYearStart, type IsoDate } from '../case/calendar';
import type { RatesData } from '../../schemas/rates';
import { toCents } from '../case/money';

/**
 * Late-payment penalties and interest, French rules, as data in content/taux.yaml says.
 * Day count: each day after the due date up to and including the day of payment (or the
 * calculation date) is a day late; amount × annual rate × days / 365. A part payment lowers
 * the balance from the day after it is made.
 */

export interface Payment {
  date: IsoDate;
  amount: number;
}
export interface Invoice {
  number: string;
  amount: number;
  /** The invoice's own date, when the reader gave it: the letters quote it, and limitation is counted from it. */
  issued?: IsoDate | undefined;
  due: IsoDate;
  payments: Payment[];
}

export interface StatementInput {
  client: ClientKind;
  invoices: Invoice[];
  calculationDate: IsoDate;
  /** Professional client: the contract's annual rate in %, or undefined for the legal default (ECB + 10 points). */
  contractRate?: number | undefined;
  /** Private client: interest runs only from the mise en demeure. */
  formalNoticeDate?: IsoDate | undefined;
  /** Official rates the reader typed for half-years whose row is provisional, by period ("2026-S2"). */
  typedRates?: Partial<Record<string, { ecb?: number | undefined; legalOther?: number | undefined }>> | undefined;
}

/** One slice of one invoice: the same balance, at the same rate, for consecutive days. */
export interface StatementLine {
  invoice: string;
  period: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
  balance: number;
  /** Annual rate, in %. */
  rate: number;
  /** To the cent, as shown: the invoice's penalties and the totals add up these lines, so a reader checking on paper finds the same sum. */
  amount: number;
  reference: string;
  /** The rate comes from a row not yet confirmed by an official text, and the reader typed none. */
  provisional: boolean;
  /** The rate is the one the reader typed, for a half-year whose row is provisional or missing. */
  typed: boolean;
}

export interface InvoiceStatement {
  number: string;
  amount: number;
  issued: IsoDate | undefined;
  paid: number;
  balance: number;
  due: IsoDate;
  /** The day the last payment settled the invoice in full, if it has been. */
  paidOn: IsoDate | undefined;
  lines: StatementLine[];
  /** A private client's invoice that fell due after the mise en demeure typed: it bears no interest until another is sent. */
  dueAfterNotice: boolean;
  /** Half-years this invoice was late in whose rate cannot be known: their days are in no line. */
  missingPeriods: string[];
  /** Sum of the lines as shown. */
  penalties: number;
  /** The same days at the rate of the first late half-year, as some readers and public procurement compute it. */
  frozen: number;
  indemnity: number;
  /**
   * When the claim would lapse, counted from the earliest date known (the invoice's date, else its
   * due date): the law fixes the length, not always the start, so the earlier the safer. A part
   * payment made before it lapsed starts it again from that payment.
   */
  limitation: { date: IsoDate; from: 'facture' | 'echeance' | 'paiement'; status: 'en-cours' | 'proche' | 'prescrite' };
}

export interface Statement {
  client: ClientKind;
  calculationDate: IsoDate;
  /** A private client's mise en demeure already sent, as typed: the letters cite it. */
  formalNoticeDate: IsoDate | undefined;
  invoices: InvoiceStatement[];
  /**
   * What is owed on the calculation date: the balance of the invoices already due, their penalties
   * or interest and indemnities, and the total claimed. An invoice not yet due is counted apart, in
   * `notYetDue`, never in the total: the letters claim exactly this total.
   */
  totals: { balance: number; notYetDue: number; penalties: number; frozen: number; indemnities: number; total: number };
  /** Half-years used whose rate is provisional and was not typed. */
  provisionalPeriods: string[];
  /** Half-years needed but missing from the table (or without the legal rate a private client needs). */
  missingPeriods: string[];
  /** Half-years in which the contractual rate is below the legal floor (3 × the legal interest rate). */
  contractBelowFloor: { period: string; floor: number }[];
  /** Every legal reference the statement relies on, in order of use. */
  references: string[];
  /** The oldest verification date among the rates used. */
  verifiedOn: IsoDate | undefined;
}

const LIMITATION_WARNING_DAYS = 183;

/** The rates table by period, with what the reader typed on top of provisional or missing rows. */
function rateLookup(rates: RatesData, typed: StatementInput['typedRates']) {
  const rows = new Map(rates.halfYears.map((r) => [r.period, r]));
  return (period: string) => {
    const row = rows.get(period);
    const mine = !row || row.provisional ? typed?.[period] : undefined;
    return {
      row,
      ecb: mine?.ecb ?? row?.ecb,
      legalOther: mine?.legalOther ?? row?.legalOther,
      typedEcb: mine?.ecb !== undefined,
      typedLegalOther: mine?.legalOther !== undefined,
    };
  };
}

/** Computes the statement of one set of invoices. Pure: the same input always gives the same figures. */
export function computeStatement(input: StatementInput, rates: RatesData): Statement {
  const lookup = rateLookup(rates, input.typedRates);
  const provisional = new Set<string>();
  const missing = new Set<string>();
  const belowFloor = new Map<string, number>();
  const references: string[] = [];
  const cite = (ref: string) => references.includes(ref) || references.push(ref);
  let verifiedOn: IsoDate | undefined;
  const professional = input.client === 'professionnel';
  const refs = rates.references;

  /** The annual rate for a half-year, or undefined when it cannot be known. */
  const rateFor = (period: string): { rate: number; provisional: boolean; typed: boolean } | undefined => {
    const found = lookup(period);
    if (found.row && (!verifiedOn || found.row.verifiedOn < verifiedOn)) verifiedOn = found.row.verifiedOn;
    if (professional && input.contractRate !== undefined) {
      if (found.legalOther !== undefined && input.contractRate < rates.contractFloor * found.legalOther)
        belowFloor.set(period, Math.round(rates.contractFloor * found.legalOther * 100) / 100);
      return { rate: input.contractRate, provisional: false, typed: false };
    }
    const base = professional ? found.ecb : found.legalOther;
    if (base === undefined) {
      missing.add(period);
      return undefined;
    }
    // Only the rate this client's calculation uses counts as typed: the ECB rate for a business, the legal rate otherwise.
    const typed = professional ? found.typedEcb : found.typedLegalOther;
    const unconfirmed = (found.row?.provisional ?? false) && !typed;
    if (unconfirmed) provisional.add(period);
    return { rate: professional ? base + rates.ecbMargin : base, provisional: unconfirmed, typed };
  };
  const reference = professional ? (input.contractRate !== undefined ? refs.contractRate : refs.defaultRate) : refs.legalInterest;

  const calculationDay = dayNumber(input.calculationDate);
  const invoices = input.invoices.map((invoice): InvoiceStatement => {
    const payments = [...invoice.payments].sort((a, b) => a.date.localeCompare(b.date));
    const paid = payments.reduce((sum, p) => sum + p.amount, 0);
    const balanceAfter = (day: number) =>
      invoice.amount - payments.filter((p) => dayNumber(p.date) < day).reduce((sum, p) => sum + p.amount, 0);
    const fullyPaidOn = (() => {
      let sum = 0;
      for (const p of payments) if ((sum += p.amount) >= invoice.amount - 0.005) return dayNumber(p.date);
      return undefined;
    })();
    // A private client owes interest only from a mise en demeure sent once the invoice was due:
    // one sent before its due date could not put the client in default for it (C. civ. 1344, 1231-6).
    const noticeCounts = input.formalNoticeDate !== undefined && input.formalNoticeDate > invoice.due;
    const startsAfter = professional
      ? dayNumber(invoice.due)
      : noticeCounts && input.formalNoticeDate
        ? dayNumber(input.formalNoticeDate)
        : Infinity;
    const lastDay = Math.min(calculationDay, fullyPaidOn ?? Infinity);

    const lines: StatementLine[] = [];
    const missingHere = new Set<string>();
    let frozenRate: number | undefined;
    let frozen = 0;
    for (let day = startsAfter + 1; day <= lastDay;) {
      const date = fromDayNumber(day);
      const period = halfYearOf(date);
      const balance = balanceAfter(day);
      // The slice ends at the end of the half-year, the day of the next payment, or the last day.
      const nextPayment = payments.map((p) => dayNumber(p.date)).find((p) => p >= day);
      const end = Math.min(dayNumber(nextHalfYearStart(date)) - 1, nextPayment ?? Infinity, lastDay);
      const days = end - day + 1;
      const found = balance > 0.005 ? rateFor(period) : undefined;
      if (balance > 0.005 && !found) missingHere.add(period);
      if (found) {
        frozenRate ??= found.rate;
        lines.push({
          invoice: invoice.number,
          period,
          from: date,
          to: fromDayNumber(end),
          days,
          balance,
          rate: found.rate,
          amount: toCents((balance * found.rate * days) / 36_500),
          reference,
          provisional: found.provisional,
          typed: found.typed,
        });
        frozen += (balance * frozenRate * days) / 36_500;
      }
      day = end + 1;
    }
    if (lines.length > 0) cite(reference);
    // The 40 € is owed for any late payment, even when a half-year's rate is still unknown (D441-5).
    const late = lastDay > startsAfter;
    const indemnity = professional && late ? rates.indemnity : 0;
    if (indemnity > 0) cite(refs.indemnity);
    // A part payment acknowledges the debt and starts the time again (C. civ. 2240 and 2231), as
    // long as the claim had not lapsed when it was made; a payment after the calculation date does not count yet.
    let limitationFrom: InvoiceStatement['limitation']['from'] = invoice.issued ? 'facture' : 'echeance';
    let limitationDate = addYears(invoice.issued ?? invoice.due, rates.limitationYears[input.client]);
    for (const p of payments)
      if (dayNumber(p.date) <= calculationDay && p.date < limitationDate) {
        limitationFrom = 'paiement';
        limitationDate = addYears(p.date, rates.limitationYears[input.client]);
      }
    const untilLimitation = dayNumber(limitationDate) - calculationDay;
    const balance = Math.max(0, invoice.amount - paid);
    if (balance > 0) cite(professional ? refs.limitationProfessional : refs.limitationConsumer);
    return {
      number: invoice.number,
      amount: invoice.amount,
      issued: invoice.issued,
      paid,
      balance,
      due: invoice.due,
      paidOn: fullyPaidOn === undefined ? undefined : fromDayNumber(fullyPaidOn),
      lines,
      dueAfterNotice: !professional && input.formalNoticeDate !== undefined && !noticeCounts,
      missingPeriods: [...missingHere].sort(),
      penalties: toCents(lines.reduce((sum, l) => sum + l.amount, 0)),
      frozen,
      indemnity,
      limitation: {
        date: limitationDate,
        from: limitationFrom,
        status: untilLimitation <= 0 ? 'prescrite' : untilLimitation <= LIMITATION_WARNING_DAYS ? 'proche' : 'en-cours',
      },
    };
  });

  const sum = (pick: (i: InvoiceStatement) => number) => invoices.reduce((total, i) => total + pick(i), 0);
  const due = (i: InvoiceStatement) => i.due < input.calculationDate;
  const totals = {
    balance: sum((i) => (due(i) ? i.balance : 0)),
    notYetDue: sum((i) => (due(i) ? 0 : i.balance)),
    penalties: toCents(sum((i) => i.penalties)),
    frozen: sum((i) => i.frozen),
    indemnities: sum((i) => i.indemnity),
    total: 0,
  };
  totals.total = totals.balance + totals.penalties + totals.indemnities;
  return {
    client: input.client,
    calculationDate: input.calculationDate,
    formalNoticeDate: professional ? undefined : input.formalNoticeDate,
    invoices,
    totals,
    provisionalPeriods: [...provisional].sort(),
    missingPeriods: [...missing].sort(),
    contractBelowFloor: [...belowFloor].map(([period, floor]) => ({ period, floor })),
    references,
    verifiedOn,
  };
}
