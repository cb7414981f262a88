import { addDays, addMonths, type IsoDate } from '../case/calendar';
import type { Notice } from './facts';

interface NoticeLength {
  days?: number;
  months?: number;
  /** As it reads in a letter: "un mois". */
  words: string;
}

export const NOTICE_LENGTHS: Record<Notice, NoticeLength> = {
  'deux-semaines': { days: 14, words: 'deux semaines' },
  'un-mois': { months: 1, words: 'un mois' },
  'deux-mois': { months: 2, words: 'deux mois' },
  'trois-mois': { months: 3, words: 'trois mois' },
  'six-mois': { months: 6, words: 'six mois' },
  'douze-mois': { months: 12, words: 'douze mois' },
  'dix-huit-mois': { months: 18, words: 'dix-huit mois' },
};

/** The day the notice ends, counted from the day it is given. */
export function noticeEnd(start: IsoDate, notice: Notice): IsoDate {
  const { days, months } = NOTICE_LENGTHS[notice];
  return months ? addMonths(start, months) : addDays(start, days ?? 0);
}
