import { halfYearOf, type IsoDate } from '../case/calendar';
import type { RatesData } from '../../schemas/rates';
import { money } from '../case/money';
import { formatLongDateFr } from '../case/calendar';
import type { InvoiceStatement } from './penalties';

/**
 * An invoice's due date as a statement gives it: « échue le 15/01/2026 », or, for an invoice not yet
 * due on the calculation date, « à échoir le 15/01/2027 »: it is listed, never claimed.
 */
export const dueWords = (due: IsoDate, calculationDate: IsoDate) =>
  due < calculationDate ? `échue le ${shortDate(due)}` : `à échoir le ${shortDate(due)}, pas encore en retard`;
/**
 * The default rate between businesses, as a freelancer reads it: « le taux prévu par la loi,
 * 12,15 % par an en ce moment », and what it is made of. Without a confirmed row for the
 * half-year, no figure; a provisional one is said to be unconfirmed. « Taux légal » names only the intérêt légal, never this rate.
 */
export function legalPenaltyRate(rates: RatesData, date: IsoDate): { label: string; madeOf: string } {
  const row = rates.halfYears.find((r) => r.period === halfYearOf(date));
  const changes = 'Il change le 1er janvier et le 1er juillet, et chaque semestre de retard se compte à son propre taux.';
  if (!row)
    return {
      label: 'le taux prévu par la loi',
      madeOf: `C’est le taux de refinancement de la Banque centrale européenne, majoré de ${rates.ecbMargin} points (Code de commerce, article L441-10). ${changes}`,
    };
  const unconfirmed = row.provisional ? ', à confirmer' : '';
  return {
    label: `le taux prévu par la loi, ${formatRate(row.ecb + rates.ecbMargin)} par an en ce moment${row.provisional ? ' (à confirmer)' : ''}`,
    madeOf: `C’est le taux de refinancement de la Banque centrale européenne (${formatRate(row.ecb)} pour le ${halfYearLabel(row.period)}${unconfirmed}), majoré de ${rates.ecbMargin} points (Code de commerce, article L441-10). ${changes}`,
  };
}

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

/**
 * Penalties or interest as a statement shows them: days in a half-year whose rate is not published
 * are in no line, so the figure says what it leaves out, and nothing computed is « 0 € ».
 */
export function amountWithMissing(amount: number, missing: readonly string[]): string {
  if (missing.length === 0) return money(amount);
  const unknown = `${halfYearsLabel([...missing])}, ${missing.length === 1 ? 'dont le taux manque' : 'dont les taux manquent'}`;
  return amount > 0 ? `${money(amount)}, sans compter ${unknown}` : `à chiffrer pour ${unknown}`;
}

const LIMITATION_FROM = {
  facture: 'la date de la facture',
  echeance: 'l’échéance',
  paiement: 'le dernier paiement reçu, qui a relancé le délai',
} as const;

/**
 * What a statement says of a claim near or past its limitation date, on screen and on paper alike.
 * The date is counted, not certain: the law fixes the length, not always the start.
 */
export function limitationWords({ date, from, status }: InvoiceStatement['limitation']): string | undefined {
  if (status === 'en-cours') return undefined;
  const counted = `comptée depuis ${LIMITATION_FROM[from]}, la prescription`;
  return status === 'proche'
    ? `Attention\u00a0: ${counted} tomberait le ${formatLongDateFr(date)}. Elle peut tomber plus tôt si la prestation s’est achevée avant\u00a0: agissez sans attendre, une relance ne l’arrête pas.`
    : `Attention\u00a0: ${counted} est acquise depuis le ${formatLongDateFr(date)}. Cette facture ne peut sans doute plus être réclamée en justice\u202f; un avocat peut vérifier le point de départ exact.`;
}

/** Said of a private client's invoice that fell due after the mise en demeure: on screen and on paper alike. */
export const DUE_AFTER_NOTICE =
  'Échue après la mise en demeure, cette facture ne porte pas encore intérêt\u00a0: une nouvelle mise en demeure, qui la cite, fera courir les intérêts.';
