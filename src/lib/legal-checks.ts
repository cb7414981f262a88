import type { ContentProblem } from './content-checks';
import type { IsoDate } from './case/calendar';

/** What the date checks need of a legal fact. */
export interface DatedFact {
  id: string;
  data: { verifiedOn: IsoDate };
}

/**
 * What the schema cannot check: no legal fact claims to have been checked on a day still to come (a
 * typo that would keep it "fresh" for years). Its age is a matter of time, not of a mistake: see
 * src/lib/freshness.ts.
 */
export function checkLegalFactDates(file: string, facts: DatedFact[], today: IsoDate): ContentProblem[] {
  return facts
    .filter(({ data }) => data.verifiedOn > today)
    .map(({ id, data: { verifiedOn } }) => ({
      file,
      field: `${id}.verifiedOn`,
      message: `« ${verifiedOn} » est une date à venir : indiquez le jour où le texte officiel a été relu`,
    }));
}
