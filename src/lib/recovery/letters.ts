import { PLACEHOLDERS, signatureBusiness } from '../placeholders';
import type { LetterFields } from '../quiz/model';
import { addDays, formatLongDateFr, nextWorkingDay, type IsoDate } from '../case/calendar';
import { figureValues, type LegalFigures } from '../words/figures';
import { renderLetter, resolveLetter, type LetterText } from '../words/render';
import type { LettersData } from '../../schemas/letters';
import { NOTICE_SENT, RECOVERY } from '../words/vocabulary';
import { money, toCents } from '../case/money';
import { halfYearsLabel } from './format';
import type { InvoiceStatement, Statement } from './penalties';

export const RECOVERY_LETTERS = ['relanceCourtoise', 'relanceFerme', 'miseEnDemeure', 'rappelMiseEnDemeure'] as const;
/** The ladder for a claim not yet put on notice; once a private client has been, its recall alone. */
const LADDER: readonly RecoveryLetterId[] = ['relanceCourtoise', 'relanceFerme', 'miseEnDemeure'];
const AFTER_NOTICE: readonly RecoveryLetterId[] = ['rappelMiseEnDemeure'];
export type RecoveryLetterId = (typeof RECOVERY_LETTERS)[number];

/** The recovery ladder's letters, their shared paragraphs resolved: what the calculator's page receives. */
export interface RecoveryLetters {
  deadlineDays: number;
  layout: LettersData['layout'];
  /** The legal figures the letters quote (the indemnity), from content/taux.yaml. */
  figures: LegalFigures;
  letters: Record<RecoveryLetterId, LetterText & { title: string; sendWhen: string }>;
}

export const recoveryLetters = (data: LettersData, figures: LegalFigures): RecoveryLetters => ({
  deadlineDays: data.deadlineDays,
  layout: data.layout,
  figures: { indemnity: figures.indemnity, limitationYears: figures.limitationYears },
  letters: Object.fromEntries(
    RECOVERY_LETTERS.map((id) => {
      const { title, sendWhen } = data.recouvrement[id];
      return [id, { ...resolveLetter(data.recouvrement[id], data.blocks), title, sendWhen }];
    }),
  ) as RecoveryLetters['letters'],
});

export interface RecoveryDocument {
  id: RecoveryLetterId;
  title: string;
  /** Its turn on the ladder and how it is sent: the three are composed at once, never sent the same day. */
  sendWhen: string;
  subject: string;
  body: string;
  registered: boolean;
  /** The letter's own date: the day it is composed, as the reader sends the one whose turn it is. */
  date: IsoDate;
}

/** A French count: "1 facture", "2 factures". */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * The unpaid invoices as the letters quote them: each with what remains to pay (and, after a
 * part payment, out of how much) and its own due date, then the total when there are several.
 */
export function unpaidList(invoices: readonly InvoiceStatement[]): string {
  const lines = invoices.map((i) => {
    const owed = i.paid > 0 ? `${money(i.balance)} restant à payer sur ${money(i.amount)}` : money(i.amount);
    // « du 2 septembre 2026 »: a date in an account, without its weekday.
    const issued = i.issued ? ` du ${formatLongDateFr(i.issued).replace(/^\S+ /, '')}` : '';
    return `– facture n°\u00a0${i.number}${issued}\u00a0: ${owed}, échue le ${formatLongDateFr(i.due)}`;
  });
  if (invoices.length > 1) lines.push(`Total restant à payer\u00a0: ${money(invoices.reduce((sum, i) => sum + i.balance, 0))}`);
  return lines.join('\n');
}

/**
 * What a business client owes on top, invoice by invoice: the penalties and the indemnity of every
 * invoice paid late, including one paid since (both stay due), then the totals when there are
 * several. Each line is rounded to the cent and the totals add up the lines as shown. A figure
 * computed on a rate not yet confirmed says so, and days whose rate is not published yet are
 * named rather than counted as nothing: a letter never presents such a figure as final.
 */
export function penaltyTable(invoices: readonly InvoiceStatement[]): { text: string; penalties: number; indemnities: number } {
  const late = invoices.filter((i) => i.penalties > 0 || i.indemnity > 0);
  const lines = late.map((i) => {
    const paidOn = i.balance === 0 ? i.paidOn : undefined;
    const which = paidOn ? `facture n°\u00a0${i.number}, payée en retard le ${formatLongDateFr(paidOn)}` : `facture n°\u00a0${i.number}`;
    const missing = i.missingPeriods;
    const unconfirmed = i.lines.some((line) => line.provisional) ? ' (taux à confirmer)' : '';
    const penalties =
      missing.length === 0
        ? `${money(i.penalties)} de pénalités de retard${unconfirmed}`
        : i.penalties > 0
          ? `${money(i.penalties)} de pénalités de retard${unconfirmed}, sans compter ${halfYearsLabel(missing)}, ${plural(missing.length, 'dont le taux n’est', 'dont les taux ne sont')} pas encore publié${plural(missing.length, '', 's')}`
          : `des pénalités de retard à chiffrer pour ${halfYearsLabel(missing)}, dès que ${plural(missing.length, 'son taux sera publié', 'leurs taux seront publiés')}`;
    return `– ${which}\u00a0: ${penalties}, ${money(i.indemnity)} d’indemnité forfaitaire`;
  });
  const penalties = late.reduce((sum, i) => sum + toCents(i.penalties), 0);
  const indemnities = late.reduce((sum, i) => sum + i.indemnity, 0);
  if (late.length > 1)
    lines.push(
      `Total\u00a0: ${money(penalties)} de pénalités de retard, ${money(indemnities)} ${plural(late.length, 'd’indemnité forfaitaire', 'd’indemnités forfaitaires')}`,
    );
  return { text: lines.join('\n'), penalties, indemnities };
}

/**
 * The blanks a claim fills from a statement, for every letter that asks for money (the ladder's and
 * the self-assessment's mise en demeure alike): the invoices due, what they leave to pay, the table
 * of penalties and indemnities, the day it is computed to and the total claimed. One computation,
 * so two letters about one debt never name two amounts.
 */
export function claimValues(statement: Statement): Map<string, string> {
  // An invoice not yet due on the calculation date is never claimed, reminded or threatened.
  const unpaid = claimedInvoices(statement);
  const balance = unpaid.reduce((sum, i) => sum + toCents(i.balance), 0);
  const table = penaltyTable(statement.invoices);
  return new Map([
    [PLACEHOLDERS.invoices, unpaidList(unpaid)],
    [PLACEHOLDERS.amountDue, money(balance)],
    [PLACEHOLDERS.penalties, table.text],
    // « arrêtées au 27 novembre 2026 »: a date in an account, without its weekday.
    [PLACEHOLDERS.calculationDate, formatLongDateFr(statement.calculationDate).replace(/^\S+ /, '')],
    // The total as the letter shows it: the balance plus the rounded lines of the table, so the figures add up on paper.
    [PLACEHOLDERS.totalClaimed, money(balance + table.penalties + table.indemnities)],
  ]);
}

/** The invoices a letter may claim: unpaid, and past due on the calculation date. */
export const claimedInvoices = (statement: Statement): InvoiceStatement[] =>
  statement.invoices.filter((i) => i.balance > 0 && i.due < statement.calculationDate);

/** The three letters for what the statement says is owed, dated today with a deadline on a working day. */
export function composeRecoveryLetters(
  source: RecoveryLetters,
  statement: Statement,
  fields: LetterFields,
  team: boolean,
  today: IsoDate,
): RecoveryDocument[] {
  const unpaid = claimedInvoices(statement);
  if (unpaid.length === 0) return [];
  const sent = nextWorkingDay(today);
  const values = figureValues(source.figures);
  for (const key of ['clientName', 'yourName'] as const) {
    const typed = fields[key]?.trim();
    if (typed) values.set(PLACEHOLDERS[key], typed);
  }
  const business = signatureBusiness(fields.yourName, fields.yourBusiness);
  if (business !== undefined) values.set(PLACEHOLDERS.yourBusiness, business);
  for (const [key, value] of claimValues(statement)) values.set(key, value);
  values.set(PLACEHOLDERS.deadline, formatLongDateFr(nextWorkingDay(addDays(sent, source.deadlineDays))));
  const flags = new Set([
    RECOVERY,
    'impayes',
    ...(statement.client === 'particulier' ? ['particulier'] : []),
    ...(statement.formalNoticeDate ? [NOTICE_SENT] : []),
    ...(team ? ['equipe'] : []),
    ...(unpaid.length === 1 ? ['uneFacture'] : []),
    // A claim that may have lapsed can still be asked for, never threatened with a court it would lose in.
    ...(unpaid.some((i) => i.limitation.status === 'prescrite') ? ['prescrite'] : []),
  ]);
  const notice = statement.formalNoticeDate;
  if (notice) values.set(PLACEHOLDERS.formalNoticeDate, formatLongDateFr(notice).replace(/^\S+ /, ''));
  return (notice ? AFTER_NOTICE : LADDER).map((id) => ({
    id,
    title: source.letters[id].title,
    sendWhen: source.letters[id].sendWhen,
    ...renderLetter(source.letters[id], { flags, values }),
    registered: id === 'miseEnDemeure' || id === 'rappelMiseEnDemeure',
    date: sent,
  }));
}
