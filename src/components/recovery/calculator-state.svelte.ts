import type { IsoDate } from '../../lib/quiz/notice';
import { emptyForm, readForm, type CalculatorForm } from '../../lib/recovery/form';
import { computeStatement, type Statement } from '../../lib/recovery/penalties';
import type { RatesData } from '../../schemas/rates';

/** The calculator's state: the form as typed; everything else derived through src/lib/recovery. */
export class CalculatorState {
  readonly rates: RatesData;
  form: CalculatorForm = $state() as CalculatorForm;
  readonly errors: Map<string, string>;
  readonly statement: Statement | undefined;
  /** Provisional or missing half-years the reader may type the official rate for. */
  readonly ratesToType: string[];

  constructor(rates: RatesData, today: IsoDate) {
    this.rates = rates;
    this.form = emptyForm(today);
    const read = $derived(readForm(this.form));
    this.errors = $derived(read.errors);
    this.statement = $derived(read.input ? computeStatement(read.input, this.rates) : undefined);
    this.ratesToType = $derived(
      [...(this.statement?.provisionalPeriods ?? []), ...(this.statement?.missingPeriods ?? []), ...Object.keys(this.form.typedRates)]
        .filter((period, i, all) => all.indexOf(period) === i)
        .sort(),
    );
  }
}
