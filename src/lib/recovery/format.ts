import type { IsoDate } from '../case/calendar';

/**
 * An invoice's due date as a statement gives it: « échue le 15/01/2026 », or, for an invoice not yet
 * due on the calculation date, « à échoir le 15/01/2027 »: it is listed, never claimed.
 */
export const dueWords = (due: IsoDate, calculationDate: IsoDate) =>
  due < calculationDate ? `échue le ${shortDate(due)}` : `à échoir le ${shortDate(due)}, pas encore en retard`;
/** 12.15 → "12,15 %". */
export const formatRate = (rate: number) =>
  `${rate.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}\u00a0%`;
/** "2026-01-15" → "15/01/2026", for tables. */
export const shortDate = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** "2026-S2" → "2d semestre 2026". */
export const halfYearLabel = (period: string) => `${period.endsWith('S1') ? '1er' : '2d'} semestre ${period.slice(0, 4)}`;
/** ["2026-S2", "2027-S1"] → "le 2d semestre 2026 et le 1er semestre 2027". */
export function halfYearsLabel(periods: string[]): string {
  const named = periods.map((period) => `le ${halfYearLabel(period)}`);
  return named.length < 2 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} et ${named.at(-1)}`;
}
