/**
 * The one calendar of the guide's tools: dates as "YYYY-MM-DD" without time or zone, counted in
 * UTC so no arithmetic crosses a DST edge; one month rule; French public holidays and working days.
 */
/** A calendar date without time or zone, "YYYY-MM-DD". */
export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (text: string): text is IsoDate =>
  ISO.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

const toUtc = (date: IsoDate) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Adds calendar months; a day the target month lacks becomes its last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const target = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  return toIso(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)))));
}

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

/** The same calendar day some years later, by the months rule (29 February becomes 28 February in a common year). */
export const addYears = (date: IsoDate, years: number): IsoDate => addMonths(date, 12 * years);

const holidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/** French public holidays (jours fériés) of a year, metropolitan France: fixed dates and those tied to Easter. */
export function frenchPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  // Asked for day after day when counting working days: each year is worked out once.
  let holidays = holidaysByYear.get(year);
  if (!holidays) holidaysByYear.set(year, (holidays = holidaysOf(year)));
  return holidays;
}

function holidaysOf(year: number): Map<IsoDate, string> {
  // Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = toIso(new Date(Date.UTC(year, month - 1, day)));
  const fixed = (md: string) => `${year}-${md}`;
  return new Map([
    [fixed('01-01'), 'le jour de l’An'],
    [addDays(easter, 1), 'le lundi de Pâques'],
    [fixed('05-01'), 'le 1er Mai'],
    [fixed('05-08'), 'le 8 Mai'],
    [addDays(easter, 39), 'l’Ascension'],
    [addDays(easter, 50), 'le lundi de Pentecôte'],
    [fixed('07-14'), 'le 14 Juillet'],
    [fixed('08-15'), 'l’Assomption'],
    [fixed('11-01'), 'la Toussaint'],
    [fixed('11-11'), 'le 11 Novembre'],
    [fixed('12-25'), 'Noël'],
  ]);
}

export interface LastWorkingDay {
  /** The day the notice (or the exit) ends. */
  end: IsoDate;
  /** The last working day on or before `end`: the one to write in the letter. */
  date: IsoDate;
  /** Why `date` is earlier than `end`, in words ("un samedi", "Noël"), so the page can say it plainly. */
  movedBecause: string | undefined;
}

const WEEKEND: Record<number, string> = { 6: 'un samedi', 0: 'un dimanche' };

/** Saturday or Sunday. */
export const isWeekend = (date: IsoDate): boolean => WEEKEND[toUtc(date).getUTCDay()] !== undefined;

/**
 * The last working day on or before a date: a notice ending on a Saturday, or on a public
 * holiday, means a last working day before it.
 */
export function lastWorkingDay(end: IsoDate): LastWorkingDay {
  let date = end;
  let movedBecause: string | undefined;
  for (;;) {
    const reason = WEEKEND[toUtc(date).getUTCDay()] ?? frenchPublicHolidays(Number(date.slice(0, 4))).get(date);
    if (!reason) return { end, date, movedBecause };
    movedBecause ??= reason;
    date = addDays(date, -1);
  }
}

/** The first working day on or after a date. */
export function nextWorkingDay(from: IsoDate): IsoDate {
  let date = from;
  while (WEEKEND[toUtc(date).getUTCDay()] || frenchPublicHolidays(Number(date.slice(0, 4))).has(date)) date = addDays(date, 1);
  return date;
}

const longDate = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2027-02-26" → "vendredi 26 février 2027"; the first of the month is "1er", as French writes it. */
export const formatLongDateFr = (date: IsoDate) => longDate.format(toUtc(date)).replace(/ 1 /, ' 1er ');

/** Today in the user's own calendar, as an IsoDate. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
