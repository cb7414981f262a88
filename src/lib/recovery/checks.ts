import type { ContentProblem } from '../content-checks';
import type { RatesData } from '../../schemas/rates';

const next = (period: string) => {
  const [year, half] = [Number(period.slice(0, 4)), period.slice(-1)];
  return half === '1' ? `${year}-S2` : `${year + 1}-S1`;
};

/**
 * What the rate table's schema cannot check: the half-years follow one another with no gap, so a
 * calculation never silently skips one. (A current half-year with no row yet is a matter of time:
 * src/lib/freshness.ts.)
 */
export function checkRates(file: string, rates: RatesData): ContentProblem[] {
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
  return problems;
}
