import type { ContentProblem } from './content-checks';
import type { IsoDate } from './quiz/notice';

/** A statement of law is re-read against its official text at least this often. */
export const LEGAL_FACT_MAX_AGE_MONTHS = 12;

interface DatedFact {
  id: string;
  data: { verifiedOn: IsoDate };
}

/** The same day `months` later, in UTC; a day that month lacks (31 May + 1 month) rolls over, which errs towards re-checking. */
const addMonths = (iso: IsoDate, months: number): IsoDate => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/**
 * What the schema cannot check, because it depends on the day of the build: every legal fact was
 * checked against its official text within the last twelve months, and not on a day still to come
 * (a typo that would keep it "fresh" for years). Laws change; a reader is shown this date.
 */
export function checkLegalFactDates(file: string, facts: DatedFact[], today: IsoDate): ContentProblem[] {
  return facts.flatMap(({ id, data: { verifiedOn } }): ContentProblem[] => {
    const field = `${id}.verifiedOn`;
    if (verifiedOn > today)
      return [{ file, field, message: `« ${verifiedOn} » est une date à venir : indiquez le jour où le texte officiel a été relu` }];
    if (addMonths(verifiedOn, LEGAL_FACT_MAX_AGE_MONTHS) < today)
      return [
        {
          file,
          field,
          message: `vérifié le ${verifiedOn}, il y a plus de ${LEGAL_FACT_MAX_AGE_MONTHS} mois : relisez le texte officiel, corrigez l'énoncé s'il a changé, puis mettez la date à jour`,
        },
      ];
    return [];
  });
}
