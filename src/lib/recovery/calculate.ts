import { halfYearOf, type IsoDate } from '../case/calendar';
import { EARLIEST_DATE, latestDate } from '../case/invoices';
import type { RatesData } from '../../schemas/rates';
import { readForm, type CalculatorForm, type FieldPath } from './form';
import { computeStatement, type Statement } from './penalties';

/** What the calculator shows for a form as typed: a message per wrong field, or the statement. */
export interface Calculation {
  errors: Map<FieldPath, string>;
  statement: Statement | undefined;
  /** Provisional or missing half-years the reader may type the official rate for, and those already typed. */
  ratesToType: string[];
}

export function calculate(form: CalculatorForm, rates: RatesData, today: IsoDate): Calculation {
  const { input, errors } = readForm(form, today);
  const statement = input ? computeStatement(input, rates) : undefined;
  // Rates typed for half-years outside the dates the form takes (from a link, say) are kept, not asked for.
  const [first, last] = [halfYearOf(EARLIEST_DATE), halfYearOf(latestDate(input?.calculationDate ?? today))];
  const typed = Object.keys(form.typedRates).filter((period) => period >= first && period <= last);
  const ratesToType = [...(statement?.provisionalPeriods ?? []), ...(statement?.missingPeriods ?? []), ...typed];
  return { errors, statement, ratesToType: [...new Set(ratesToType)].sort() };
}
