import { PLACEHOLDERS } from '../placeholders';
import { invoiceList } from '../quiz/invoices';
import type { LetterFields } from '../quiz/model';
import { addDays, formatLongDateFr, nextWorkingDay, type IsoDate } from '../quiz/notice';
import { renderLetter, resolveLetter, type LetterText } from '../words/render';
import type { LettersData } from '../../schemas/letters';
import { RECOVERY } from '../words/vocabulary';
import { money } from './format';
import type { Statement } from './penalties';

export const RECOVERY_LETTERS = ['relanceCourtoise', 'relanceFerme', 'miseEnDemeure'] as const;
export type RecoveryLetterId = (typeof RECOVERY_LETTERS)[number];

/** The recovery ladder's letters, their shared paragraphs resolved: what the calculator's page receives. */
export interface RecoveryLetters {
  deadlineDays: number;
  layout: LettersData['layout'];
  letters: Record<RecoveryLetterId, LetterText & { title: string }>;
}

export const recoveryLetters = (data: LettersData): RecoveryLetters => ({
  deadlineDays: data.recouvrement.deadlineDays,
  layout: data.layout,
  letters: Object.fromEntries(
    RECOVERY_LETTERS.map((id) => [id, { ...resolveLetter(data.recouvrement[id], data.blocks), title: data.recouvrement[id].title }]),
  ) as RecoveryLetters['letters'],
});

export interface RecoveryDocument {
  id: RecoveryLetterId;
  title: string;
  subject: string;
  body: string;
  registered: boolean;
  date: IsoDate;
}

/** The three letters for what the statement says is owed, dated today with a deadline on a working day. */
export function composeRecoveryLetters(
  source: RecoveryLetters,
  statement: Statement,
  fields: LetterFields,
  team: boolean,
  today: IsoDate,
): RecoveryDocument[] {
  const unpaid = statement.invoices.filter((i) => i.balance > 0);
  if (unpaid.length === 0) return [];
  const sent = nextWorkingDay(today);
  const values = new Map<string, string>();
  for (const key of ['clientName', 'yourName', 'yourBusiness'] as const) {
    const typed = fields[key]?.trim();
    if (typed) values.set(PLACEHOLDERS[key], typed);
  }
  values.set(PLACEHOLDERS.invoices, invoiceList(unpaid.map((i) => ({ number: i.number, amount: i.balance, due: i.due }))));
  values.set(PLACEHOLDERS.amountDue, money(statement.totals.balance));
  values.set(PLACEHOLDERS.totalClaimed, money(statement.totals.total));
  values.set(PLACEHOLDERS.deadline, formatLongDateFr(nextWorkingDay(addDays(sent, source.deadlineDays))));
  values.set(
    PLACEHOLDERS.penalties,
    [
      `– pénalités de retard arrêtées au ${formatLongDateFr(statement.calculationDate)} : ${money(statement.totals.penalties)}`,
      `– indemnités forfaitaires pour frais de recouvrement : ${money(statement.totals.indemnities)}`,
    ].join('\n'),
  );
  const flags = new Set([RECOVERY, 'impayes', ...(statement.client === 'particulier' ? ['particulier'] : []), ...(team ? ['equipe'] : [])]);
  return RECOVERY_LETTERS.map((id) => ({
    id,
    title: source.letters[id].title,
    ...renderLetter(source.letters[id], { flags, values }),
    registered: id === 'miseEnDemeure',
    date: sent,
  }));
}
