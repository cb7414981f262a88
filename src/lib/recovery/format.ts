import { formatEuros } from '../quiz/invoices';
import type { IsoDate } from '../quiz/notice';
import { toCents } from './penalties';

/** 12.15 → "12,15 %". */
export const formatRate = (rate: number) =>
  `${rate.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}\u00a0%`;
/** "2026-01-15" → "15/01/2026", for tables. */
export const shortDate = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
/** An unrounded amount as shown: to the cent, in euros. */
export const money = (amount: number) => formatEuros(toCents(amount));
