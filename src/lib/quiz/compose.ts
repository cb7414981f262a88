import { PLACEHOLDERS, type PlaceholderKey } from '../placeholders';
import type { LetterField } from './facts';
import { factAnswer, type Answers, type LetterFields, type QuizModel } from './model';
import { addDays, formatLongDateFr, lastWorkingDay, NOTICE_LENGTHS, noticeEnd, type IsoDate, type LastWorkingDay } from './notice';
import type { Verdict } from './scoring';
import type { Notice } from './facts';

/**
 * A placeholder's value: text fills it; `null` means "does not apply", and drops the
 * paragraph or line that needs it (no amount owed: no payment paragraph); `undefined`
 * leaves the [blank] visible for the user to fill.
 */
export type PlaceholderValues = Partial<Record<PlaceholderKey, string | null | undefined>>;

export interface ExitDates {
  /** The notice given; none when leaving at once. */
  notice: Notice | undefined;
  /** Where the notice comes from: the contract's clause, or the guide's suggestion for this length of relationship. */
  noticeSource: 'contrat' | 'suggestion' | 'aucun';
  lastDay: LastWorkingDay;
  /** For a boundary: when to check that it held. */
  recheck: IsoDate | undefined;
}

/** Turns the verdict and the context answers into dates: notice, last working day, re-check. */
export function exitDates(model: QuizModel, answers: Answers, verdict: Verdict, today: IsoDate): ExitDates {
  const recheck = verdict.level === 'recadrer' ? addDays(today, model.recheckAfterDays) : undefined;
  if (verdict.level === 'partir')
    return { notice: undefined, noticeSource: 'aucun', lastDay: { end: today, date: today, movedBecause: undefined }, recheck };
  const clause = factAnswer(model, answers, 'preavis-contractuel');
  const duration = factAnswer(model, answers, 'duree');
  const fromContract = typeof clause === 'string' && clause in NOTICE_LENGTHS;
  const notice = fromContract
    ? (clause as Notice)
    : (model.suggestedNotice[duration as keyof QuizModel['suggestedNotice']] ?? model.suggestedNotice['moins-d-un-an']);
  return { notice, noticeSource: fromContract ? 'contrat' : 'suggestion', lastDay: lastWorkingDay(noticeEnd(today, notice)), recheck };
}

/** "1234.5" → "1 234,50 €" (with French no-break spaces). */
export const formatEuros = (amount: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);

/** Letter fields that fill the placeholder of the same name, as typed. */
const TYPED: (PlaceholderKey & LetterField)[] = ['clientName', 'clientCompany', 'yourName', 'yourBusiness', 'project'];

/** What each placeholder becomes for this client. */
export function placeholderValues(model: QuizModel, answers: Answers, fields: LetterFields, dates: ExitDates): PlaceholderValues {
  const text = (field: LetterField) => fields[field]?.trim() || undefined;
  const owed = factAnswer(model, answers, 'montant-du');
  const amount = typeof owed === 'number' && owed > 0 ? owed : 0;
  const projectRunning = factAnswer(model, answers, 'projet-en-cours') === 'oui';
  const values: PlaceholderValues = {
    lastDay: formatLongDateFr(dates.lastDay.date),
    notice: dates.notice ? NOTICE_LENGTHS[dates.notice].words : null,
    amountDue: amount > 0 ? formatEuros(amount) : null,
    invoiceNumber: amount > 0 ? text('invoiceNumber') : null,
    deliverables: text('deliverables') ?? (projectRunning ? undefined : null),
    referral: text('referral') ?? null,
    referralContact: text('referral') ? (text('referralContact') ?? undefined) : null,
  };
  for (const field of TYPED) values[field] = text(field);
  return values;
}

const BLANKS = Object.entries(PLACEHOLDERS) as [PlaceholderKey, string][];

/** Fills a text's blanks; returns undefined when a blank that does not apply makes the text irrelevant. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string | undefined {
  let out = text;
  for (const [key, blank] of BLANKS) {
    if (!out.includes(blank)) continue;
    const value = values[key];
    if (value === null) return undefined;
    // Plain string replacement: user text is never read as a pattern or as markup.
    if (value !== undefined) out = out.split(blank).join(value);
  }
  return out;
}

export interface ComposedScript {
  scriptId: string;
  title: string;
  conversation: { step: string; say: string }[];
  subject: string;
  body: string;
}

/**
 * The personalised words for this client: the conversation of the script that fits the
 * situation, then the written version (for an exit, the written confirmation with dates and
 * amounts; for a boundary, the recap of the new rules).
 */
export function composeScript(model: QuizModel, verdict: Verdict, values: PlaceholderValues): ComposedScript | undefined {
  if (!verdict.scriptId) return undefined;
  const script = model.scripts[verdict.scriptId];
  const letterScript = model.scripts[verdict.level === 'recadrer' ? model.scriptRoles.boundary : model.scriptRoles.confirmation];
  if (!script || !letterScript) return undefined;
  const conversation = script.conversation.flatMap((line) => {
    const say = fillPlaceholders(line.say, values);
    return say === undefined ? [] : [{ step: line.step, say }];
  });
  const body = letterScript.letter.body
    .split(/\n\s*\n/)
    .flatMap((paragraph) => fillPlaceholders(paragraph.trim(), values) ?? [])
    .join('\n\n');
  // A subject never disappears: a blank that does not apply stays visible instead.
  const subject = fillPlaceholders(letterScript.letter.subject, { ...values, ...nullsAsBlanks(values) }) ?? letterScript.letter.subject;
  return { scriptId: script.id, title: script.title, conversation, subject, body };
}

const nullsAsBlanks = (values: PlaceholderValues): PlaceholderValues =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? undefined : v]));
