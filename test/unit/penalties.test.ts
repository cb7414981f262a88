import { describe, expect, test } from 'vitest';
import { checkRates } from '../../src/lib/recovery/checks';
import { statementCsv, statementText } from '../../src/lib/recovery/export';
import { emptyForm, readForm, type CalculatorForm, type InvoiceDraft } from '../../src/lib/recovery/form';
import { decodeFormShare, encodeFormShare, parseSavedForm, serializeForm } from '../../src/lib/recovery/saved';
import { computeStatement, type StatementInput } from '../../src/lib/recovery/penalties';
import { toCents } from '../../src/lib/case/money';
import { composeRecoveryLetters } from '../../src/lib/recovery/letters';
import { invoice, ladderLetters, pro, rates, ratesThrough } from '../support/recovery';

/**
 * Known answers, computed by hand. Day count: the days after the due date up to and including
 * the payment (or calculation) date, over 365; amount × rate × days / 365.
 */
describe('late-payment penalties between professionals', () => {
  test('1 000 € at 13,15 % for 30 days is 10,81 €, plus 40 €', () => {
    const s = computeStatement(pro([invoice(1000, '2025-01-15')], '2025-02-14'), rates);
    expect(s.invoices[0]?.lines).toMatchObject([{ period: '2025-S1', from: '2025-01-16', to: '2025-02-14', days: 30, rate: 13.15 }]);
    expect(toCents(s.totals.penalties)).toBe(10.81);
    expect(s.totals.indemnities).toBe(40);
    expect(toCents(s.totals.total)).toBe(1050.81);
  });

  // Each line is rounded to the cent and the totals add up the lines as shown: 358,24 € where summing unrounded gives 358,23 €.
  test('5 000 € due 15/06/2025 paid 15/01/2026: 358,24 € half-year by half-year, 385,49 € at the frozen rate', () => {
    const s = computeStatement(pro([invoice(5000, '2025-06-15', [{ date: '2026-01-15', amount: 5000 }])], '2026-11-29'), rates);
    const lines = s.invoices[0]?.lines.map(({ period, days, rate }) => ({ period, days, rate }));
    expect(lines).toEqual([
      { period: '2025-S1', days: 15, rate: 13.15 },
      { period: '2025-S2', days: 184, rate: 12.15 },
      { period: '2026-S1', days: 15, rate: 12.15 },
    ]);
    expect(s.invoices[0]?.lines.map((l) => l.amount)).toEqual([27.02, 306.25, 24.97]);
    expect(toCents(s.totals.penalties)).toBe(358.24);
    expect(toCents(s.totals.frozen)).toBe(385.49);
    expect(s.totals.balance).toBe(0);
  });

  test('the default rate of S1 2026 is the ECB rate plus 10 points: 12,15 %', () => {
    const s = computeStatement(pro([invoice(100, '2026-02-01')], '2026-02-11'), rates);
    expect(s.invoices[0]?.lines[0]?.rate).toBe(12.15);
  });

  test('a part payment lowers the balance from the next day', () => {
    const s = computeStatement(pro([invoice(1000, '2025-01-15', [{ date: '2025-01-25', amount: 400 }])], '2025-02-14'), rates);
    expect(s.invoices[0]?.lines.map(({ from, to, days, balance }) => ({ from, to, days, balance }))).toEqual([
      { from: '2025-01-16', to: '2025-01-25', days: 10, balance: 1000 },
      { from: '2025-01-26', to: '2025-02-14', days: 20, balance: 600 },
    ]);
    expect(toCents(s.totals.penalties)).toBe(7.92); // 3,60 + 4,32, the lines as shown
    expect(s.totals.balance).toBe(600);
  });

  test('an invoice paid on time costs nothing, not even the 40 €', () => {
    const s = computeStatement(pro([invoice(1000, '2025-01-15', [{ date: '2025-01-15', amount: 1000 }])], '2025-06-01'), rates);
    expect(s.totals).toMatchObject({ penalties: 0, indemnities: 0, total: 0 });
  });

  test('a contractual rate below three times the legal rate is flagged: 3 × 2,62 % = 7,86 %', () => {
    const s = computeStatement(pro([invoice(1000, '2026-01-10')], '2026-02-10', { contractRate: 7 }), rates);
    expect(s.contractBelowFloor).toEqual([{ period: '2026-S1', floor: 7.86 }]);
    expect(s.invoices[0]?.lines[0]?.rate).toBe(7);
    expect(s.references[0]).toBe(rates.references.contractRate);
  });

  test('a half-year whose rate is not confirmed is flagged, until the reader types the official rate', () => {
    const input = pro([invoice(1000, '2026-06-20')], '2026-07-20');
    expect(computeStatement(input, rates).provisionalPeriods).toEqual(['2026-S2']);
    const typed = computeStatement({ ...input, typedRates: { '2026-S2': { ecb: 2.4 } } }, rates);
    expect(typed.provisionalPeriods).toEqual([]);
    expect(typed.invoices[0]?.lines.at(-1)?.rate).toBe(12.4);
  });

  test('every result lists the legal references it relies on', () => {
    const s = computeStatement(pro([invoice(1000, '2025-01-15')], '2025-02-14'), rates);
    expect(s.references).toEqual([rates.references.defaultRate, rates.references.indemnity, rates.references.limitationProfessional]);
    expect(s.verifiedOn).toBe('2026-11-29');
  });
});

describe('a private client', () => {
  test('owes interest at the legal rate only from the mise en demeure, and no 40 €', () => {
    const input: StatementInput = {
      client: 'particulier',
      invoices: [invoice(1000, '2025-01-15')],
      calculationDate: '2025-03-03',
      formalNoticeDate: '2025-02-01',
    };
    const s = computeStatement(input, rates);
    expect(s.invoices[0]?.lines).toMatchObject([{ from: '2025-02-02', to: '2025-03-03', days: 30, rate: 3.71 }]);
    expect(toCents(s.totals.penalties)).toBe(3.05);
    expect(s.totals.indemnities).toBe(0);
    expect(s.references).toEqual([rates.references.legalInterest, rates.references.limitationConsumer]);
  });

  test('without a mise en demeure, no interest runs', () => {
    const s = computeStatement({ client: 'particulier', invoices: [invoice(1000, '2025-01-15')], calculationDate: '2025-06-01' }, rates);
    expect(s.totals.penalties).toBe(0);
  });

  test('a half-year without a published legal rate is reported as missing, not guessed', () => {
    const input: StatementInput = {
      client: 'particulier',
      invoices: [invoice(1000, '2026-06-01')],
      calculationDate: '2026-07-31',
      formalNoticeDate: '2026-06-15',
    };
    expect(computeStatement(input, rates).missingPeriods).toEqual(['2026-S2']);
    expect(computeStatement({ ...input, typedRates: { '2026-S2': { legalOther: 3 } } }, rates).missingPeriods).toEqual([]);
  });
});

describe('limitation', () => {
  test('five years between professionals, two against a consumer, with a warning six months before', () => {
    const status = (client: 'professionnel' | 'particulier', due: string) =>
      computeStatement({ client, invoices: [invoice(100, due)], calculationDate: '2026-11-29', formalNoticeDate: due }, rates).invoices[0]
        ?.limitation;
    expect(status('professionnel', '2021-11-01')).toEqual({ date: '2026-11-01', from: 'echeance', status: 'prescrite' });
    expect(status('professionnel', '2022-03-01')).toEqual({ date: '2027-03-01', from: 'echeance', status: 'proche' });
    expect(status('particulier', '2025-01-15')).toEqual({ date: '2027-01-15', from: 'echeance', status: 'proche' });
    expect(status('particulier', '2026-06-01')).toEqual({ date: '2028-06-01', from: 'echeance', status: 'en-cours' });
  });

  test('counted from the invoice date when it is known, the earlier and safer start', () => {
    const issued = { ...invoice(100, '2022-03-01'), issued: '2022-01-15' };
    const s = computeStatement({ client: 'professionnel', invoices: [issued], calculationDate: '2026-11-29' }, rates);
    expect(s.invoices[0]?.limitation).toEqual({ date: '2027-01-15', from: 'facture', status: 'proche' });
  });
});

describe('properties', () => {
  test('the total never decreases as the calculation date moves later', () => {
    const invoices = [invoice(2500, '2024-03-31', [{ date: '2024-09-15', amount: 1000 }]), invoice(800, '2025-12-01', [], 'F-2')];
    let previous = 0;
    for (let day = 0; day < 1000; day += 7) {
      const date = new Date(Date.UTC(2024, 2, 1 + day)).toISOString().slice(0, 10);
      const total = computeStatement(pro(invoices, date), rates).totals.total;
      expect(total).toBeGreaterThanOrEqual(previous);
      previous = total;
    }
  });

  test('splitting an invoice in two with the same dates gives the same penalties and one more 40 €', () => {
    const whole = computeStatement(pro([invoice(3000, '2024-05-10', [{ date: '2025-02-01', amount: 1200 }])], '2026-03-15'), rates);
    const split = computeStatement(
      pro(
        [
          invoice(1800, '2024-05-10', [{ date: '2025-02-01', amount: 700 }], 'A'),
          invoice(1200, '2024-05-10', [{ date: '2025-02-01', amount: 500 }], 'B'),
        ],
        '2026-03-15',
      ),
      rates,
    );
    // The same to within the rounding of each line to the cent.
    const lines = [...whole.invoices, ...split.invoices].reduce((n, i) => n + i.lines.length, 0);
    expect(Math.abs(split.totals.penalties - whole.totals.penalties)).toBeLessThanOrEqual(0.005 * lines);
    expect(split.totals.indemnities).toBe(whole.totals.indemnities + 40);
  });
});

describe('the rate table', () => {
  test('has no gap', () => {
    expect(checkRates('content/taux.yaml', rates)).toEqual([]);
  });

  test('refuses a gap between half-years', () => {
    const gap = { ...rates, halfYears: rates.halfYears.filter((r) => r.period !== '2025-S1') };
    expect(checkRates('content/taux.yaml', gap)).toEqual([expect.objectContaining({ field: 'halfYears[2].period' })]);
  });
});

describe('the statement as text and as CSV', () => {
  const s = computeStatement(pro([invoice(5000, '2025-06-15', [{ date: '2026-01-15', amount: 5000 }], 'F-2025-07')], '2026-11-29'), rates);

  test('the text gives each slice, the totals, the method, the references and the verification date', () => {
    const text = statementText(s, { base: 'TTC' });
    expect(text).toContain(
      'Facture n°\u00a0F-2025-07\u00a0: 5\u202f000\u00a0€, échue le 15/06/2025, payée 5\u202f000\u00a0€, reste due 0\u00a0€',
    );
    expect(text).toContain('  du 16/06/2025 au 30/06/2025\u00a0: 15 jours sur 5\u202f000\u00a0€ à 13,15\u00a0% = 27,02\u00a0€');
    expect(text).toContain('Pénalités de retard\u00a0: 358,24\u00a0€');
    expect(text).toContain(`– ${rates.references.defaultRate}`);
    expect(text).toContain('Taux vérifiés le dimanche 29 novembre 2026.');
  });

  test('the CSV has one row per slice, semicolons and decimal commas', () => {
    const csv = statementCsv(s)
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(5);
    expect(csv[1]).toBe(`F-2025-07;2025-S1;2025-06-16;2025-06-30;15;5000,00;13,15;27,02;${rates.references.defaultRate}`);
  });
});

describe('the form as typed', () => {
  const base = {
    ...emptyForm('2026-11-29'),
    invoices: [{ number: 'F-1', issued: '2026-01-01', amount: '1 000', due: '2026-01-31', payments: [] }],
  };

  test('reads a valid form into the calculation input', () => {
    expect(readForm(base, '2026-11-29').input?.invoices).toEqual([
      { number: 'F-1', amount: 1000, issued: '2026-01-01', due: '2026-01-31', payments: [] },
    ]);
  });

  test.each([
    ['a negative amount', { amount: '-5' }, 'invoices.0.amount'],
    ['an empty amount', { amount: '' }, 'invoices.0.amount'],
    ['a due date before the invoice', { due: '2025-12-01' }, 'invoices.0.due'],
    ['a 10 000-character number', { number: 'x'.repeat(10_000) }, 'invoices.0.number'],
    ['a payment after the calculation date', { payments: [{ date: '2027-01-01', amount: '10' }] }, 'invoices.0.payments.0.date'],
    ['a payment larger than the balance', { payments: [{ date: '2026-02-01', amount: '1 200' }] }, 'invoices.0.payments.0.amount'],
  ])('names the field of %s, and keeps what was typed', (_what, change, field) => {
    const form = { ...base, invoices: [{ ...base.invoices[0]!, ...change }] };
    const { input, errors } = readForm(form, '2026-11-29');
    expect(input).toBeUndefined();
    expect([...errors.keys()]).toEqual([field]);
    expect(form.invoices[0]).toMatchObject(change);
  });

  test('an amount or a date beyond what an invoice can be gets a message, and nothing is computed from it', () => {
    const errors = (change: Partial<InvoiceDraft>, form: Partial<CalculatorForm> = {}, today = '2026-11-29') =>
      readForm({ ...base, ...form, invoices: [{ ...base.invoices[0]!, issued: '', ...change }] }, today).errors;
    const tooMuch = 'Le montant ne peut pas dépasser 10\u202f000\u202f000\u00a0€\u00a0: vérifiez le nombre de chiffres.';
    expect(errors({ amount: '1234567890123456789012345' })).toEqual(new Map([['invoices.0.amount', tooMuch]]));
    expect(errors({ amount: '1'.repeat(308) })).toEqual(new Map([['invoices.0.amount', tooMuch]]));
    expect(errors({ amount: '10 000 000', payments: [{ date: '2026-02-01', amount: '10 000 000,01' }] })).toEqual(
      new Map([['invoices.0.payments.0.amount', tooMuch]]),
    );
    // « 24 » typed as the year: the browser keeps the year 24.
    const until2027 = 'Vérifiez l’année\u00a0: la date doit se situer entre le 1er janvier 2000 et le 31 décembre 2027.';
    expect(errors({ due: '0024-01-31' })).toEqual(new Map([['invoices.0.due', until2027]]));
    expect(errors({ due: '1999-12-31', issued: '0024-01-01' })).toEqual(
      new Map([
        ['invoices.0.due', until2027],
        ['invoices.0.issued', until2027],
      ]),
    );
    expect(errors({ payments: [{ date: '0024-02-01', amount: '10' }] })).toEqual(new Map([['invoices.0.payments.0.date', until2027]]));
    expect(errors({ due: '2000-01-01' })).toEqual(new Map());
    // The calculation date is bounded from today; the other dates from the calculation date.
    expect(errors({}, { calculationDate: '2028-01-01' }).get('calculationDate')).toBe(until2027);
    expect(errors({ due: '2029-12-31' }, { calculationDate: '2028-06-30' }, '2027-03-01')).toEqual(new Map());
    expect(errors({ due: '2030-01-01' }, { calculationDate: '2028-06-30' }, '2027-03-01').get('invoices.0.due')).toMatch(
      /31 décembre 2029\.$/,
    );
    expect(errors({}, { client: 'particulier', formalNoticeDate: '0024-03-01' }).get('formalNoticeDate')).toBe(until2027);
  });

  test('a saved or shared form round-trips, and a tampered one is refused whole', () => {
    expect(decodeFormShare(`#${encodeFormShare(base)}`)).toEqual(base);
    expect(parseSavedForm(serializeForm(base))).toEqual(base);
    expect(decodeFormShare('#f=garbage')).toBe('illisible');
    expect(parseSavedForm(JSON.stringify({ ...JSON.parse(serializeForm(base)), client: '<script>' }))).toBe('illisible');
    expect(decodeFormShare('#r=1')).toBeUndefined();
    // Rates typed for a half-year before the dates the form takes cannot come from this page.
    const typed = (typedRates: object) => parseSavedForm(JSON.stringify({ ...JSON.parse(serializeForm(base)), typedRates }));
    expect(typed({ '2000-S1': { ecb: '3', legalOther: '' } })).toMatchObject({ typedRates: { '2000-S1': { ecb: '3' } } });
    expect(typed({ '1924-S1': { ecb: '3', legalOther: '' } })).toBe('illisible');
  });
});

describe('a calculation beyond the table (cut after 2026-S2)', () => {
  const table = ratesThrough('2026-S2');
  test('the 40 € stays due for a late invoice even when no rate is known yet for its half-year', () => {
    const s = computeStatement(pro([invoice(1000, '2027-01-05')], '2027-01-20'), table);
    expect(s.missingPeriods).toEqual(['2027-S1']);
    expect(s.totals.penalties).toBe(0);
    expect(s.totals.indemnities).toBe(40);
  });

  test('a half-year with no row asks for its rate, and uses the rate typed', () => {
    const input = pro([invoice(1000, '2026-12-15')], '2027-01-14');
    expect(computeStatement(input, table).missingPeriods).toEqual(['2027-S1']);
    const typed = computeStatement({ ...input, typedRates: { '2027-S1': { ecb: 2 } } }, table);
    expect(typed.missingPeriods).toEqual([]);
    expect(typed.invoices[0]?.lines.map((l) => l.rate)).toEqual([12.15, 12]);
  });
});

describe('the letters of the recovery ladder', () => {
  const letters = ladderLetters;
  const statement = computeStatement(
    pro(
      [invoice(1200, '2026-09-30', [], 'F-2026-031'), invoice(450.5, '2026-10-31', [{ date: '2026-11-02', amount: 450.5 }], 'F-2026-038')],
      '2026-11-27',
    ),
    rates,
  );
  const fields = { clientName: 'Hélène', yourName: 'Claire Martin' };

  test('a business client: each unpaid invoice with its due date, the penalties and the 40 €, a dated deadline, a registered mise en demeure', () => {
    const [courteous, firm, formal] = composeRecoveryLetters(letters, statement, fields, false, '2026-11-27');
    expect(courteous?.body).toContain('– facture n°\u00a0F-2026-031\u00a0: 1\u202f200\u00a0€, échue le mercredi 30 septembre 2026');
    expect(courteous?.body).not.toContain('F-2026-038'); // paid, even if late
    expect(courteous?.body).toContain('au plus tard le lundi 14 décembre 2026');
    expect(firm?.body).toContain(
      '– facture n°\u00a0F-2026-038, payée en retard le lundi 2 novembre 2026\u00a0: 0,30\u00a0€ de pénalités de retard (taux à confirmer), 40\u00a0€ d’indemnité forfaitaire',
    );
    expect(firm?.body).toContain('80\u00a0€ d’indemnités forfaitaires');
    expect(formal).toMatchObject({ registered: true, subject: 'Mise en demeure de payer' });
    expect(formal?.body).toContain('article 1344 du Code civil');
    expect(formal?.body).toContain('injonction de payer');
    expect(formal?.body).toMatch(/^Madame, Monsieur,/);
    expect(`${courteous?.body}${firm?.body}${formal?.body}`).not.toMatch(/\[(?:Prénom du client|Votre prénom|Date limite|Total réclamé)\]/);
  });

  test('a private client: no penalty, no 40 €, interest from the mise en demeure, conciliation before the court', () => {
    const privateStatement = computeStatement(
      { client: 'particulier', invoices: [invoice(900, '2026-09-30')], calculationDate: '2026-11-27' },
      rates,
    );
    const all = composeRecoveryLetters(letters, privateStatement, fields, true, '2026-11-27')
      .map((d) => d.body)
      .join('\n');
    expect(all).not.toMatch(/pénalités|40\u00a0€|L441-10|D441-5/);
    expect(all).toContain('intérêt au taux légal');
    expect(all).toContain('conciliateur de justice');
    expect(all).toContain('nous vous mettons en demeure');
  });

  test('nothing owed, no letter', () => {
    const paid = computeStatement(pro([invoice(100, '2026-09-30', [{ date: '2026-10-05', amount: 100 }])], '2026-11-27'), rates);
    expect(composeRecoveryLetters(letters, paid, fields, false, '2026-11-27')).toEqual([]);
  });
});

describe('an invoice not yet due', () => {
  const statement = computeStatement(
    pro([invoice(1000, '2026-09-30', [], 'F-1'), invoice(500, '2027-01-15', [], 'F-2')], '2026-11-29'),
    rates,
  );

  test('is listed in the statement as « à échoir », with no penalty and no 40 €', () => {
    const text = statementText(statement, { base: 'TTC' }).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Facture n° F-2 : 500 €, à échoir le 15/01/2027, pas encore en retard, payée 0 €');
    expect(text).toContain('échue le 30/09/2026');
    const notDue = statement.invoices.find((i) => i.number === 'F-2');
    expect([notDue?.penalties, notDue?.indemnity]).toEqual([0, 0]);
  });

  test('is never claimed, reminded or threatened by the letters', () => {
    const letters = composeRecoveryLetters(ladderLetters, statement, {}, false, '2026-11-29');
    expect(letters).toHaveLength(3);
    for (const letter of letters) {
      expect(letter.body).toContain('F-1');
      expect(letter.body).not.toContain('F-2');
      expect(letter.body).not.toContain('500');
    }
    // One invoice past due: the singular.
    expect(letters[0]?.subject).toBe('Facture en attente de règlement');
  });

  test('alone, it calls for no letter at all', () => {
    const onlyFuture = computeStatement(pro([invoice(500, '2027-01-15', [], 'F-2')], '2026-11-29'), rates);
    expect(composeRecoveryLetters(ladderLetters, onlyFuture, {}, false, '2026-11-29')).toEqual([]);
  });
});

describe('a penalty whose rate is not final, in the letters', () => {
  const letterLines = (table: typeof rates, calculationDate: string) =>
    composeRecoveryLetters(
      ladderLetters,
      computeStatement(pro([invoice(1000, '2026-05-31', [], 'F-1')], calculationDate), table),
      {},
      false,
      calculationDate,
    )
      .find((l) => l.id === 'miseEnDemeure')
      ?.body.split('\n')
      .filter((line) => line.startsWith('– facture n°\u00a0F-1\u00a0:'));

  test('a provisional half-year: the figure, said to be unconfirmed', () => {
    expect(letterLines(rates, '2026-11-27')?.[1]).toMatch(
      /de pénalités de retard \(taux à confirmer\), 40\u00a0€ d’indemnité forfaitaire$/,
    );
  });

  test('a half-year with no rate: its days named, never counted as 0 €', () => {
    const [, partly] = letterLines(ratesThrough('2026-S1'), '2026-11-27') ?? [];
    expect(partly).toMatch(/de pénalités de retard, sans compter le 2d semestre 2026, dont le taux n’est pas encore publié, 40\u00a0€/);
    const [, none] =
      composeRecoveryLetters(
        ladderLetters,
        computeStatement(pro([invoice(1000, '2026-09-30', [], 'F-1')], '2026-11-27'), ratesThrough('2026-S1')),
        {},
        false,
        '2026-11-27',
      )
        .find((l) => l.id === 'miseEnDemeure')
        ?.body.split('\n')
        .filter((line) => line.startsWith('– facture n°\u00a0F-1\u00a0:')) ?? [];
    expect(none).toBe(
      '– facture n°\u00a0F-1\u00a0: des pénalités de retard à chiffrer pour le 2d semestre 2026, dès que son taux sera publié, 40\u00a0€ d’indemnité forfaitaire',
    );
    expect(none).not.toMatch(/\b0\u00a0€/);
  });
});

describe('limitation, with what interrupts it', () => {
  const old = (payments: { date: string; amount: number }[]) =>
    computeStatement(pro([{ ...invoice(1000, '2021-12-15', payments, 'F-1'), issued: '2021-11-15' }], '2026-12-07'), rates).invoices[0]
      ?.limitation;

  test('five years from the invoice, with nothing since: lapsed', () => {
    expect(old([])).toEqual({ date: '2026-11-15', from: 'facture', status: 'prescrite' });
  });

  test('a part payment before it lapsed starts the time again from that payment (C. civ. 2240)', () => {
    expect(old([{ date: '2024-03-01', amount: 100 }])).toEqual({ date: '2029-03-01', from: 'paiement', status: 'en-cours' });
  });

  test('a payment after it lapsed, or after the calculation date, does not', () => {
    expect(old([{ date: '2026-11-20', amount: 100 }])?.status).toBe('prescrite');
    expect(old([{ date: '2026-12-20', amount: 100 }])?.status).toBe('prescrite');
  });
});
