import type { ContentProblem } from './content-checks';
import type { DatedFact } from './legal-checks';
import { addMonths, halfYearOf, type IsoDate } from './case/calendar';
import type { RatesData } from '../schemas/rates';

/**
 * What the calendar alone makes out of date: a legal fact not re-read for a year, a half-year with
 * no rates yet. Time passing is not a mistake in a change, so none of this fails an ordinary build
 * (the site copes: each fact shows its date, the calculator asks for a missing rate); every build
 * lists it, and the release check (`npm run build:release`) refuses to publish until it is done.
 */

/** A statement of law is re-read against its official text at least this often. */
export const LEGAL_FACT_MAX_AGE_MONTHS = 12;

/** True once a fact checked on `verifiedOn` is due to be re-read, on `today`. */
export const isPastReview = (verifiedOn: IsoDate, today: IsoDate) => addMonths(verifiedOn, LEGAL_FACT_MAX_AGE_MONTHS) < today;

/** Every legal fact last checked more than twelve months before `today`, named by entry and date. */
export function overdueLegalFacts(file: string, facts: DatedFact[], today: IsoDate): ContentProblem[] {
  return facts
    .filter(({ data }) => isPastReview(data.verifiedOn, today))
    .map(({ id, data: { verifiedOn } }) => ({
      file,
      field: `${id}.verifiedOn`,
      message: `vérifié le ${verifiedOn}, il y a plus de ${LEGAL_FACT_MAX_AGE_MONTHS} mois : relisez le texte officiel, corrigez l'énoncé s'il a changé, puis mettez la date à jour`,
    }));
}

/** The current half-year when it has no row in the rate table, or only a provisional one. */
export function ratesToUpdate(
  file: string,
  rates: RatesData,
  today: IsoDate,
): { missing: ContentProblem[]; provisional: ContentProblem[] } {
  const current = halfYearOf(today);
  const index = rates.halfYears.findIndex((r) => r.period === current);
  const row = rates.halfYears[index];
  if (!row)
    return {
      missing: [
        {
          file,
          field: 'halfYears',
          message: `le semestre en cours, ${current}, n'a pas de ligne : le calculateur demandera ses taux au lecteur. Ajoutez-la (provisoire tant que les taux ne sont pas publiés)`,
        },
      ],
      provisional: [],
    };
  if (!row.provisional) return { missing: [], provisional: [] };
  return {
    missing: [],
    provisional: [
      {
        file,
        field: `halfYears[${index}]`,
        message: `les taux du semestre en cours, ${current}, sont provisoires : confirmez-les dès leur publication, puis retirez « provisional »`,
      },
    ],
  };
}
