import { PLACEHOLDERS, signatureBusiness, type PlaceholderKey } from '../placeholders';
import { figureValues, type LegalFigures } from '../words/figures';
import { renderConversation, renderLetter, renderText, type LetterText, type Situation } from '../words/render';
import { SIGN_CONDITION, type Path } from '../words/vocabulary';
import { setAside } from './answers';
import { FREQUENCIES, type Notice } from './facts';
import { formatEuros } from '../case/money';
import type { InvoiceDraft } from '../case/invoices';
import { claimedInvoices, claimValues } from '../recovery/letters';
import type { ClientCase, OwedMoney } from '../case/client-case';
import { caseFromAnswers } from './client-case';
import { isIsoDate, addDays, formatLongDateFr, lastWorkingDay, nextWorkingDay, type IsoDate, type LastWorkingDay } from '../case/calendar';
import { visibleQuestions, type Answers, type LetterFields, type QuizModel, type ScriptText } from './model';
import { NOTICE_LENGTHS, noticeEnd } from './notice';
import { datedChecklist, planNotes, type ChecklistItem, type PlanNote } from './plan';
import type { Verdict } from './scoring';
import type { CaseForCalculator, PlannedNotice } from '../case/assessment';

/** How a client at fault is left at once: a mise en demeure first (the default), or, in urgent cases, straight away. */
export type ExitMode = 'miseEnDemeure' | 'immediat';

/** Everything the user typed for the letters. */
export interface LetterInput {
  fields: LetterFields;
  invoices: InvoiceDraft[];
}

/** The script the words come from: the boundary one, or the exit script of the sign that weighs most. */
export const chosenScript = (model: QuizModel, verdict: Verdict): ScriptText | undefined =>
  verdict.scriptId ? model.scripts[verdict.scriptId] : undefined;

/**
 * How the user leaves. A "leave now" verdict has a legal path only when the client is at
 * fault (a deal-breaker): a mise en demeure, or for urgent cases an immediate end. Without
 * one, leaving still takes a notice.
 */
export function exitPath(verdict: Verdict, script: ScriptText | undefined, mode: ExitMode | undefined): Path | undefined {
  if (verdict.level === 'garder' || !script) return undefined;
  if (verdict.level === 'recadrer') return 'recadrer';
  const breach = verdict.level === 'partir' && verdict.reasons[0]?.dealBreaker === true && script.clientAtFault;
  if (!breach) return 'preavis';
  return script.urgent && mode === 'immediat' ? 'immediat' : 'miseEnDemeure';
}

export interface ExitDates {
  path: Path | undefined;
  /** The first working day from today: the conversation, and the first letter sent. */
  announce: IsoDate;
  /** The notice given, when leaving with one (not for a fixed-term contract, which runs to its term). */
  notice: Notice | undefined;
  /** Where the end date comes from. */
  noticeSource: 'contrat' | 'suggestion' | 'terme' | 'aucun';
  /** The last working day; undefined for a fixed-term contract whose end date was not given. */
  lastDay: LastWorkingDay | undefined;
  /** The date by which the client must pay, or put the breach right. */
  deadline: IsoDate | undefined;
  /** After a mise en demeure: when the notification of termination goes, if nothing changed. */
  termination: IsoDate | undefined;
  /** For a boundary: when to check that it held; for a client worth keeping, when to take this self-assessment again. */
  recheck: IsoDate | undefined;
}

const onWorkingDay = (date: IsoDate): LastWorkingDay => ({ end: date, date, movedBecause: undefined });

/** Turns the path and the context answers into dates, every one of them on a working day. */
export function exitDates(model: QuizModel, clientCase: ClientCase, path: Path | undefined, input: LetterInput, today: IsoDate): ExitDates {
  const announce = nextWorkingDay(today);
  const deadline = nextWorkingDay(addDays(announce, model.deadlineDays));
  const none = { notice: undefined, lastDay: undefined, termination: undefined, recheck: undefined };
  switch (path) {
    case undefined:
      return {
        path,
        announce,
        noticeSource: 'aucun',
        ...none,
        deadline: undefined,
        recheck: nextWorkingDay(addDays(today, model.keepRecheckAfterDays)),
      };
    case 'recadrer':
      return {
        path,
        announce,
        noticeSource: 'aucun',
        ...none,
        deadline,
        recheck: nextWorkingDay(addDays(announce, model.recheckAfterDays)),
      };
    case 'immediat':
      return { path, announce, noticeSource: 'aucun', ...none, deadline, lastDay: onWorkingDay(announce) };
    case 'miseEnDemeure': {
      const termination = nextWorkingDay(addDays(deadline, 1));
      return { path, announce, noticeSource: 'aucun', ...none, deadline, termination, lastDay: onWorkingDay(termination) };
    }
    case 'preavis': {
      const { contract, noticeClause, length } = clientCase.relationship;
      if (contract === 'duree-determinee') {
        const end = input.fields.contractEnd?.trim() ?? '';
        const lastDay = isIsoDate(end) && end > announce ? lastWorkingDay(end) : undefined;
        return { path, announce, noticeSource: 'terme', ...none, deadline, lastDay };
      }
      const suggested = (length && model.suggestedNotice[length]) ?? model.suggestedNotice['moins-d-un-an'];
      const notice: Notice = noticeClause ?? suggested.notice;
      const fromContract = noticeClause !== undefined;
      return {
        path,
        announce,
        notice,
        noticeSource: fromContract ? 'contrat' : 'suggestion',
        lastDay: lastWorkingDay(noticeEnd(announce, notice)),
        deadline,
        termination: undefined,
        recheck: undefined,
      };
    }
  }
}

/** The conditions that hold for this client: the content's variants are chosen by them. */
export function situationFlags(
  model: QuizModel,
  answers: Answers,
  clientCase: ClientCase,
  script: ScriptText,
  path: Path,
  input: LetterInput,
): Set<string> {
  const { owed } = clientCase;
  const flags = new Set<string>([path]);
  const set = (name: string, on: boolean) => on && flags.add(name);
  set('equipe', clientCase.team);
  set('particulier', clientCase.client === 'particulier');
  set('projet', clientCase.project);
  // Work in progress is invoiced when it ends, like work already done and not yet billed.
  set('aFacturer', clientCase.project || clientCase.toInvoice);
  set('impayes', owed.total > 0);
  // « la facture suivante » when the letter lists exactly one; a total without a list stays plural (« chaque facture »).
  set('uneFacture', owed.invoices.length === 1);
  // Between businesses the letters can put figures on the penalties and indemnities owed.
  const claimed = owed.statement ? claimedInvoices(owed.statement) : [];
  set('releve', owed.statement?.client === 'professionnel' && claimed.length > 0);
  // A claim that may have lapsed is still asked for, never threatened with a court.
  set(
    'prescrite',
    claimed.some((i) => i.limitation.status === 'prescrite'),
  );
  set('terme', path === 'preavis' && clientCase.relationship.contract === 'duree-determinee');
  set('tente', clientCase.tried === true);
  set('conduite', script.urgent);
  // A colleague is recommended only to a client who did nothing wrong.
  set('confrere', !script.clientAtFault && Boolean(input.fields.referral?.trim()));
  // The signs present: the verdict's own reading of the answers, not a fact of the case.
  for (const q of visibleQuestions(model, answers)) {
    const answer = answers[q.id];
    if (q.kind === 'signe' && typeof answer === 'string' && FREQUENCIES.indexOf(answer as never) >= 1 && !setAside(model, answers, q))
      flags.add(`${SIGN_CONDITION}${q.sign}`);
  }
  return flags;
}

/** Fields typed by the user that fill the blank of the same name. */
const TYPED = [
  'clientName',
  'clientCompany',
  'yourName',
  'yourBusiness',
  'project',
  'deliverables',
  'facts',
  'referral',
  'referralContact',
  'place',
] as const satisfies readonly PlaceholderKey[];

/** What each blank becomes for this client; a blank left out stays visible for the user to fill. */
export function blankValues(dates: ExitDates, input: LetterInput, money: OwedMoney, figures: LegalFigures): Map<string, string> {
  const values = figureValues(figures);
  const put = (key: PlaceholderKey, value: string | undefined) => value !== undefined && values.set(PLACEHOLDERS[key], value);
  for (const field of TYPED) put(field, input.fields[field]?.trim() || undefined);
  put('yourBusiness', signatureBusiness(input.fields.yourName, input.fields.yourBusiness));
  const date = (d: IsoDate | undefined) => (d ? formatLongDateFr(d) : undefined);
  put('lastDay', date(dates.lastDay?.date));
  put('notice', dates.notice ? NOTICE_LENGTHS[dates.notice].words : undefined);
  put('deadline', date(dates.deadline));
  put('recheck', date(dates.recheck));
  put('formalNoticeDate', date(dates.announce));
  put('letterDate', date(dates.announce));
  if (money.statement) for (const [key, value] of claimValues(money.statement)) values.set(key, value);
  else if (money.total > 0) {
    put('amountDue', formatEuros(money.total));
    put('invoices', `– [Numéro et échéance de chaque facture]\u00a0: ${formatEuros(money.total)} au total`);
  }
  return values;
}

export interface ComposedDocument {
  id: 'lettre' | 'miseEnDemeure' | 'resiliation';
  title: string;
  subject: string;
  body: string;
  /** Sent by registered post with acknowledgment of receipt (a notice, a mise en demeure, a termination). */
  registered: boolean;
  /** The day it is dated and sent. */
  date: IsoDate;
}

export interface ComposedWords {
  scriptId: string;
  title: string;
  path: Path;
  conversation: { step: string; say: string }[];
  documents: ComposedDocument[];
}

/**
 * The personalised words for this client: the chosen script's conversation, then the
 * documents its path calls for, each written from the content's variants for this situation.
 */
export function composeWords(
  model: QuizModel,
  script: ScriptText,
  path: Path,
  flags: Set<string>,
  values: Map<string, string>,
  dates: ExitDates,
): ComposedWords {
  const situation: Situation = { flags, values };
  const titles = model.letters.titles;
  const document = (
    id: ComposedDocument['id'],
    title: string,
    letter: LetterText,
    date: IsoDate,
    at: Situation = situation,
  ): ComposedDocument => ({
    id,
    title,
    ...renderLetter(letter, at),
    registered: path !== 'recadrer',
    date,
  });
  let documents: ComposedDocument[];
  if (path === 'miseEnDemeure') {
    // The demand is the script's words, completed before it goes into the shared letters.
    const withDemand = new Map(values);
    if (script.demand) withDemand.set(PLACEHOLDERS.demand, renderText(script.demand, situation));
    const termination = dates.termination ?? dates.announce;
    const resiliationValues = new Map(withDemand).set(PLACEHOLDERS.letterDate, formatLongDateFr(termination));
    documents = [
      document('miseEnDemeure', titles.miseEnDemeure, model.letters.miseEnDemeure, dates.announce, { flags, values: withDemand }),
      document('resiliation', titles.resiliation, model.letters.resiliation, termination, { flags, values: resiliationValues }),
    ];
  } else {
    documents = [document('lettre', titles[path], script.letter, dates.announce)];
  }
  return { scriptId: script.id, title: script.title, path, conversation: renderConversation(script.conversation, situation), documents };
}

/** What the user gave: answers, letter details, and how to leave when there is a choice. */
export interface ResultInput extends LetterInput {
  answers: Answers;
  exitMode: ExitMode | undefined;
}

/** Everything the result screen shows, derived from the input alone. */
export interface QuizResult {
  verdict: Verdict;
  script: ScriptText | undefined;
  path: Path | undefined;
  /** The answers as one client's case: what every composition below reads. */
  case: ClientCase;
  owed: OwedMoney;
  dates: ExitDates;
  flags: Set<string>;
  words: ComposedWords | undefined;
  /** What the context changes in the plan, and the dated checklist. */
  notes: PlanNote[];
  checklist: ChecklistItem[];
}

export function buildResult(model: QuizModel, input: ResultInput, today: IsoDate, verdict: Verdict): QuizResult {
  const script = chosenScript(model, verdict);
  const path = exitPath(verdict, script, input.exitMode);
  const clientCase = caseFromAnswers(model, input.answers, input, today);
  const owed = clientCase.owed;
  const dates = exitDates(model, clientCase, path, input, today);
  if (!script || !path)
    return { verdict, script, path, case: clientCase, owed, dates, flags: new Set(), words: undefined, notes: [], checklist: [] };
  const flags = situationFlags(model, input.answers, clientCase, script, path, input);
  const values = blankValues(dates, input, owed, model.figures);
  const words = composeWords(model, script, path, flags, values, dates);
  const notes = planNotes(model, clientCase, verdict, dates, flags, values);
  return { verdict, script, path, case: clientCase, owed, dates, flags, words, notes, checklist: datedChecklist(model, dates, flags) };
}

/** The mise en demeure this result prepares for unpaid invoices, for the calculator to show as the one to send. */
export function plannedNotice(result: QuizResult): PlannedNotice | undefined {
  const notice = result.words?.documents.find((d) => d.id === 'miseEnDemeure');
  const claimed = result.owed.statement ? claimedInvoices(result.owed.statement) : [];
  if (!notice || !result.dates.deadline || claimed.length === 0 || result.flags.has('conduite')) return undefined;
  return { sent: notice.date, deadline: result.dates.deadline, invoices: claimed.map((i) => ({ number: i.number, balance: i.balance })) };
}

/** The case as the calculator takes it up; the mise en demeure only once every question shown is answered. */
export const caseForCalculator = (result: QuizResult, answered: boolean): CaseForCalculator => ({
  client: result.case.client,
  team: result.case.team,
  tried: result.case.tried === true,
  notice: answered ? plannedNotice(result) : undefined,
});
