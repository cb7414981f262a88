import { PLAN_PLACEHOLDERS } from '../placeholders';
import { renderText, type Situation } from '../words/render';
import { holds, type Flags } from '../words/template';
import { TOP_SIGN_CONDITION, type PlanCondition, type TaskDay } from '../words/vocabulary';
import type { ExitDates } from './compose';
import { RELATIONSHIP_LENGTHS, REVENUE_SHARES, type ClientCase } from '../case/client-case';
import type { QuizModel } from './model';
import { addDays, formatLongDateFr, isWeekend, lastWorkingDay, nextWorkingDay, type IsoDate } from '../case/calendar';
import type { Verdict } from './scoring';

/*
 * The plan under the verdict: the notes on the context and the dated checklist. Their words live in
 * content/plan.yaml; this module only chooses them, dates the tasks and fills the blanks.
 */

/** What the context changes in the plan, with the part of the guide that explains it. */
export interface PlanNote {
  id: string;
  text: string;
  href: string;
  linkText: string;
}

/** The conditions the plan sees: the letters' own, and those only the plan varies with (PLAN_CONDITIONS). */
function planFlags(model: QuizModel, clientCase: ClientCase, verdict: Verdict, dates: ExitDates, flags: Flags): Set<string> {
  const { length, share, contract } = clientCase.relationship;
  const all = new Set(flags);
  const set = (name: PlanCondition, on: boolean) => on && all.add(name);
  // Both lists run from the smallest to the largest: « at least » is a position in them.
  set('partir', verdict.level === 'partir');
  set('preparer', verdict.level === 'preparer');
  set('grosClient', share !== undefined && REVENUE_SHARES.indexOf(share) >= REVENUE_SHARES.indexOf('30-a-50'));
  set('relationLongue', length !== undefined && RELATIONSHIP_LENGTHS.indexOf(length) >= RELATIONSHIP_LENGTHS.indexOf('deux-a-cinq-ans'));
  set('dureeConnue', noticeReason(model, clientCase) !== undefined);
  set('preavisDuContrat', dates.noticeSource === 'contrat');
  set('finDatee', dates.lastDay !== undefined);
  const moved = dates.lastDay?.movedBecause !== undefined;
  const weekend = dates.lastDay !== undefined && isWeekend(dates.lastDay.end);
  set('finUnWeekEnd', moved && weekend);
  set('finUnJourFerie', moved && !weekend);
  set('sansContrat', contract === 'aucun');
  set('pasEncoreTente', clientCase.tried === false);
  if (verdict.dominantSign) all.add(`${TOP_SIGN_CONDITION}${verdict.dominantSign}`);
  return all;
}

/** Why the suggested notice has its length, when the length of the relationship is known. */
const noticeReason = (model: QuizModel, clientCase: ClientCase): string | undefined => {
  const { length } = clientCase.relationship;
  return length && model.suggestedNotice[length]?.explain;
};

/** The plan's blanks: the letters' values, and the dates and words only the plan quotes. */
function planValues(model: QuizModel, clientCase: ClientCase, dates: ExitDates, values: ReadonlyMap<string, string>): Map<string, string> {
  const all = new Map(values);
  const put = (blank: string, value: string | undefined) => value !== undefined && all.set(blank, value);
  const date = (d: IsoDate | undefined) => (d ? formatLongDateFr(d) : undefined);
  put(PLAN_PLACEHOLDERS.announce, date(dates.announce));
  put(PLAN_PLACEHOLDERS.termination, date(dates.termination));
  put(PLAN_PLACEHOLDERS.plannedEnd, date(dates.lastDay?.end));
  put(PLAN_PLACEHOLDERS.holiday, dates.lastDay?.movedBecause);
  put(PLAN_PLACEHOLDERS.noticeReason, noticeReason(model, clientCase));
  return all;
}

/**
 * The context answers (revenue share, length, contract, money owed…) turned into plain advice:
 * the notes of content/plan.yaml whose conditions hold, in the words that fit, filled with the
 * letters' values (`flags` and `values` of the composed words) and the plan's own.
 */
export function planNotes(
  model: QuizModel,
  clientCase: ClientCase,
  verdict: Verdict,
  dates: ExitDates,
  flags: Flags,
  values: ReadonlyMap<string, string>,
): PlanNote[] {
  if (!dates.path) return [];
  const situation: Situation = {
    flags: planFlags(model, clientCase, verdict, dates, flags),
    values: planValues(model, clientCase, dates, values),
  };
  return model.plan.notes.flatMap((note) => {
    if (!note.when.every((c) => holds(c, situation.flags))) return [];
    const text = note.sentences
      .map((s) => renderText(s, situation))
      .filter((s) => s !== '')
      .join(' ');
    return text === '' ? [] : [{ id: note.id, text, href: note.href, linkText: note.linkText }];
  });
}

export interface ChecklistItem {
  /** Undefined when the day depends on a date the user has not given (the term of a fixed-term contract). */
  date: IsoDate | undefined;
  label: string;
  href: string;
}

/** The day a task falls on: null when this exit has no such day, undefined while the contract's end date is unknown. */
function taskDate(day: TaskDay, dates: ExitDates, handoverDaysBefore: number): IsoDate | undefined | null {
  const last = dates.lastDay?.date;
  const dayAfter = (date: IsoDate) => nextWorkingDay(addDays(date, 1));
  switch (day) {
    case 'announce':
      return dates.announce;
    case 'deadline':
      return dates.deadline ?? null;
    case 'recheck':
      return dates.recheck ?? null;
    case 'termination':
      return dates.termination ?? null;
    case 'afterTermination':
      return dates.termination ? dayAfter(dates.termination) : null;
    case 'lastDay':
      return last;
    case 'afterLastDay':
      return last && dayAfter(last);
    case 'handover': {
      // Before the last day, on a working day; left out when that day would not come after the announcement.
      if (!last) return undefined;
      const handover = lastWorkingDay(addDays(last, -handoverDaysBefore)).date;
      return handover > dates.announce ? handover : null;
    }
  }
}

/** The exit (or the boundary) as dated tasks, in order, each on a working day. */
export function datedChecklist(model: QuizModel, dates: ExitDates, flags: Flags): ChecklistItem[] {
  if (!dates.path) return [];
  const { checklist, handoverDaysBefore } = model.plan;
  const items = checklist[dates.path].flatMap((task): ChecklistItem[] => {
    const date = taskDate(task.on, dates, handoverDaysBefore);
    return date === null || !task.when.every((c) => holds(c, flags)) ? [] : [{ date, label: task.label, href: task.href }];
  });
  // Dated tasks in order; those waiting for the contract's end date come last, in their own order.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date ?? '9999').localeCompare(b.item.date ?? '9999') || a.i - b.i)
    .map(({ item }) => item);
}
