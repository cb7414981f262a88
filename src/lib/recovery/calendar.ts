import type { IsoDate } from '../quiz/notice';

/** Whole days since 1970-01-01, UTC: date arithmetic that never crosses a time zone or DST edge. */
export const dayNumber = (date: IsoDate) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
export const fromDayNumber = (day: number): IsoDate => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** "2026-S1" for a date from 1 January to 30 June, "2026-S2" from 1 July to 31 December. */
export const halfYearOf = (date: IsoDate) => `${date.slice(0, 4)}-S${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

/** The first day of the half-year after the one this date is in. */
export function nextHalfYearStart(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) <= 6 ? `${year}-07-01` : `${year + 1}-01-01`;
}

/** The same calendar day some years later (29 February becomes 28 February in a common year). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}
