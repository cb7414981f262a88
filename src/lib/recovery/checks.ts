import type { ContentProblem } from '../content-checks';
import type { IsoDate } from '../quiz/notice';
import type { RatesData } from '../../schemas/rates';
import { halfYearOf } from './calendar';

const next = (period: string) => {
  const [year, half] = [Number(period.slice(0, 4)), period.slice(-1)];
  return half === '1' ? `${year}-S2` : `${year + 1}-S1`;
};

/**
 * What the rate table's schema cannot check: the half-years follow one another with no gap,
 * and the current one has a row, so no calculation ever runs on a rate that is not there.
 */
export function checkRates(file: string, rates: RatesData, today: IsoDate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  rates.halfYears.forEach((row, i) => {
    const previous = rates.halfYears[i - 1];
    if (previous && row.period !== next(previous.period))
      problems.push({
        file,
        field: `halfYears[${i}].period`,
        message: `« ${row.period} » devrait être « ${next(previous.period)} » : les semestres se suivent sans trou`,
      });
  });
  const current = halfYearOf(today);
  if (!rates.halfYears.some((r) => r.period === current))
    problems.push({
      file,
      field: 'halfYears',
      message: `le semestre en cours, ${current}, n'a pas de ligne : ajoutez ses taux (provisoires s'ils ne sont pas encore publiés)`,
    });
  return problems;
}
