import { describe, expect, test } from 'vitest';
import { noticeEnd } from '../../src/lib/quiz/notice';
import {
  addDays,
  addMonths,
  formatLongDateFr,
  frenchPublicHolidays,
  lastWorkingDay,
  localToday,
  nextWorkingDay,
} from '../../src/lib/case/calendar';

describe('notice arithmetic', () => {
  test('two weeks is fourteen calendar days, across a month end', () => {
    expect(noticeEnd('2026-11-26', 'deux-semaines')).toBe('2026-12-10');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  test('a month from the 31st ends on the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(noticeEnd('2026-08-31', 'un-mois')).toBe('2026-09-30');
  });

  test('months carry over the year', () => {
    expect(noticeEnd('2026-11-26', 'trois-mois')).toBe('2027-02-26');
    expect(noticeEnd('2026-10-15', 'six-mois')).toBe('2027-04-15');
  });

  test('a notice ending on a weekend makes the Friday before the last working day, and says why', () => {
    expect(lastWorkingDay('2027-02-27')).toEqual({ end: '2027-02-27', date: '2027-02-26', movedBecause: 'un samedi' });
    expect(lastWorkingDay('2027-02-28')).toEqual({ end: '2027-02-28', date: '2027-02-26', movedBecause: 'un dimanche' });
    expect(lastWorkingDay('2027-03-01')).toEqual({ end: '2027-03-01', date: '2027-03-01', movedBecause: undefined });
  });

  test('skips public holidays too, including a weekend that follows one', () => {
    expect(lastWorkingDay('2026-12-25')).toEqual({ end: '2026-12-25', date: '2026-12-24', movedBecause: 'Noël' });
    expect(lastWorkingDay('2026-12-26')).toMatchObject({ date: '2026-12-24', movedBecause: 'un samedi' });
    expect(lastWorkingDay('2027-05-09')).toMatchObject({ date: '2027-05-07', movedBecause: 'un dimanche' }); // 8 May 2027 is a Saturday
  });

  test('finds the next working day after a weekend or a holiday', () => {
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-28')).toBe('2026-12-28');
  });

  test('knows the holidays that move with Easter', () => {
    const y2027 = frenchPublicHolidays(2027);
    expect(y2027.get('2027-03-29')).toBe('le lundi de Pâques');
    expect(y2027.get('2027-05-06')).toBe('l’Ascension');
    expect(y2027.get('2027-05-17')).toBe('le lundi de Pentecôte');
    expect(frenchPublicHolidays(2026).get('2026-04-06')).toBe('le lundi de Pâques');
    expect(y2027.size).toBe(11);
  });

  test('writes dates the French way, with the weekday', () => {
    expect(formatLongDateFr('2027-02-26')).toBe('vendredi 26 février 2027');
    expect(formatLongDateFr('2026-12-01')).toBe('mardi 1er décembre 2026');
    expect(formatLongDateFr('2026-12-11')).toBe('vendredi 11 décembre 2026');
  });

  test('takes today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
