import { describe, expect, test } from 'vitest';
import { calculate } from '../../src/lib/recovery/calculate';
import { statementText } from '../../src/lib/recovery/export';
import { emptyForm, emptyInvoice, emptyLetterDetails, type CalculatorForm, type InvoiceDraft } from '../../src/lib/recovery/form';
import { BUSINESS_CLIENT, SENDER } from '../support/people';
import { rates } from '../support/recovery';

/**
 * The late-payment calculator's statement of account, whole, for representative situations, from
 * the form as typed. Compared with reviewed fixtures in test/fixtures/statements/ (the letters
 * have theirs in test/fixtures/recovery-letters/); after a deliberate change, run
 * `npx vitest run --project unit -u` and read every changed fixture.
 */
const TODAY = '2026-11-27';

const invoice = (number: string, amount: string, due: string, payments: InvoiceDraft['payments'] = []): InvoiceDraft => ({
  ...emptyInvoice(),
  number,
  amount,
  due,
  payments,
});
const form = (change: Partial<CalculatorForm>): CalculatorForm => ({ ...emptyForm(TODAY), ...change });

const CASES: Record<string, CalculatorForm> = {
  'pro-une-facture-emise-par-et-pour': form({
    invoices: [{ ...invoice('F-2026-031', '1 200', '2026-09-30'), issued: '2026-08-31' }],
    letter: { ...emptyLetterDetails(), ...SENDER, ...BUSINESS_CLIENT },
  }),
  'pro-trois-factures-paiement-partiel-une-soldee': form({
    invoices: [
      invoice('F-2025-112', '5 000', '2025-06-15', [{ date: '2026-01-15', amount: '2 000' }]),
      invoice('F-2026-031', '1 200', '2026-09-30'),
      invoice('F-2026-038', '450,50', '2026-10-31', [{ date: '2026-11-02', amount: '450,50' }]),
    ],
  }),
  'pro-taux-contractuel-ht': form({
    base: 'HT',
    rateMode: 'contract',
    contractRate: '10',
    invoices: [invoice('2026-07', '3 000', '2026-07-31')],
  }),
  'pro-ancienne-facture-taux-manquants': form({
    invoices: [invoice('F-2022-004', '800', '2022-02-28')],
  }),
  'particulier-mise-en-demeure-envoyee': form({
    client: 'particulier',
    letter: { ...emptyLetterDetails(), yourName: 'Claire Martin', clientName: 'Sophie' },
    formalNoticeDate: '2026-10-15',
    invoices: [invoice('F-2026-020', '900', '2026-08-31')],
  }),
  'particulier-interets-sur-deux-semestres': form({
    client: 'particulier',
    calculationDate: '2025-11-27',
    formalNoticeDate: '2025-05-15',
    invoices: [invoice('F-2025-020', '2 400', '2025-04-30', [{ date: '2025-09-01', amount: '400' }])],
  }),
  'particulier-taux-saisi-pour-un-semestre-manquant': form({
    client: 'particulier',
    formalNoticeDate: '2026-10-15',
    invoices: [invoice('F-2026-020', '900', '2026-08-31')],
    typedRates: { '2026-S2': { ecb: '', legalOther: '2,50' } },
  }),
  'particulier-sans-mise-en-demeure': form({
    client: 'particulier',
    invoices: [invoice('F-2026-020', '900', '2026-08-31'), invoice('F-2026-027', '250', '2026-10-15')],
  }),
  'numero-de-facture-tel-que-tape': form({
    invoices: [invoice('N° « 42 » & <b>', '1 000', '2026-09-30')],
  }),
};

function statementReport(input: CalculatorForm): string {
  const { errors, statement } = calculate(input, rates, input.calculationDate);
  if (!statement) throw new Error(`cas invalide : ${[...errors.values()].join(' ; ')}`);
  return `${statementText(statement, input)}\n`;
}

describe('the statement of account, as a user receives it', () => {
  for (const [name, input] of Object.entries(CASES)) {
    test(name, async () => {
      await expect(statementReport(input)).toMatchFileSnapshot(`../fixtures/statements/${name}.txt`);
    });
  }
});
