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

export function calculate(form: CalculatorForm, rates: RatesData): Calculation {
  const { input, errors } = readForm(form);
  const statement = input ? computeStatement(input, rates) : undefined;
  const ratesToType = [...(statement?.provisionalPeriods ?? []), ...(statement?.missingPeriods ?? []), ...Object.keys(form.typedRates)];
  return { errors, statement, ratesToType: [...new Set(ratesToType)].sort() };
}
