import { recoveryLetters } from '../../src/lib/recovery/letters';
import type { StatementInput } from '../../src/lib/recovery/penalties';
import { letters, rates } from './quiz';

/** The real rate table, parsed once for every test (the self-assessment's figures come from it too). */
export { rates };
/** The real table cut after `last`, so a test "beyond the table" holds when a half-year is added. */
export const ratesThrough = (last: string) => ({ ...rates, halfYears: rates.halfYears.filter((r) => r.period <= last) });
/** The recovery ladder's letters as the calculator's page receives them. */
export const ladderLetters = recoveryLetters(letters, rates);

/** A calculation for a business client. */
export const pro = (
  invoices: StatementInput['invoices'],
  calculationDate: string,
  extra: Partial<StatementInput> = {},
): StatementInput => ({
  client: 'professionnel',
  invoices,
  calculationDate,
  ...extra,
});
/** An invoice as the calculation reads it. */
export const invoice = (amount: number, due: string, payments: { date: string; amount: number }[] = [], number = 'F-1') => ({
  number,
  amount,
  due,
  payments,
});
