import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkSending } from '../../src/lib/letter-sending';
import { MAILTO_LIMIT } from '../../src/lib/quiz/export';
import { calculate } from '../../src/lib/recovery/calculate';
import { recoveryLettersText, statementCsv, statementText } from '../../src/lib/recovery/export';
import { emptyForm, emptyLetterDetails, newCalculation, type CalculatorForm, type LetterDetails } from '../../src/lib/recovery/form';
import { halfYearsLabel, legalPenaltyRate } from '../../src/lib/recovery/format';
import {
  decodeFormShare,
  encodeFormShare,
  LINK_NOTICE,
  MAX_FIELD_TEXT,
  MAX_FORM_BYTES,
  openingForm,
  parseSavedForm,
  savedJson,
  serializeForm,
  UNREADABLE_NOTICE,
} from '../../src/lib/recovery/saved';
import { composeRecoveryLetters } from '../../src/lib/recovery/letters';
import { computeStatement } from '../../src/lib/recovery/penalties';
import { FROM_ASSESSMENT } from '../../src/lib/urls';
import { invoice, ladderLetters as letters, pro, rates, ratesThrough } from '../support/recovery';

const form = (change: Partial<CalculatorForm> = {}): CalculatorForm => ({
  ...emptyForm('2026-11-29'),
  invoices: [{ number: 'F-1', issued: '', amount: '1 000', due: '2026-01-31', payments: [] }],
  ...change,
});

describe('what the calculator shows for a form as typed', () => {
  test('an empty form: a message per missing field, no statement', () => {
    const { errors, statement } = calculate(emptyForm('2026-11-29'), rates, '2026-11-29');
    expect(statement).toBeUndefined();
    expect([...errors.keys()]).toEqual(['invoices.0.number', 'invoices.0.amount', 'invoices.0.due']);
  });

  test('a valid form: the statement, and no message', () => {
    const { errors, statement } = calculate(form(), rates, '2026-11-29');
    expect(errors.size).toBe(0);
    expect(statement?.totals.indemnities).toBe(40);
  });

  test('the half-years whose rate may be typed: provisional, missing from the table or already typed, once each, in order', () => {
    const table = ratesThrough('2026-S2');
    const provisional = table.halfYears.filter((r) => r.provisional).map((r) => r.period);
    expect(provisional).toContain('2026-S2');
    const late = form({ calculationDate: '2027-08-01', typedRates: { '2027-S2': { ecb: '2', legalOther: '' } } });
    expect(calculate(late, table, '2026-11-29').ratesToType).toEqual([...provisional, '2027-S1', '2027-S2']);
  });

  test('a due date in the year 24 asks for no rate: it is refused, not counted from 1924 on', () => {
    const slipped = form({ invoices: [{ number: 'F-1', issued: '', amount: '1 000', due: '0024-01-31', payments: [] }] });
    expect(calculate(slipped, rates, '2026-11-29')).toMatchObject({ statement: undefined, ratesToType: [] });
    // Nor does a rate typed for a half-year beyond the calculation date's next year (from a link, say): kept, not asked for.
    expect(calculate(form({ typedRates: { '2031-S1': { ecb: '2', legalOther: '' } } }), rates, '2026-11-29').ratesToType).not.toContain(
      '2031-S1',
    );
  });
});

test('half-years are named in words, as a list', () => {
  expect(halfYearsLabel(['2026-S2'])).toBe('le 2d semestre 2026');
  expect(halfYearsLabel(['2026-S2', '2027-S1', '2027-S2'])).toBe('le 2d semestre 2026, le 1er semestre 2027 et le 2d semestre 2027');
});

describe('the statement and the letters as files', () => {
  test('a private client’s statement explains interest from the mise en demeure, with no indemnity', () => {
    const statement = computeStatement(
      {
        client: 'particulier',
        invoices: [{ number: 'F-9', amount: 1000, due: '2025-01-15', payments: [] }],
        calculationDate: '2025-03-03',
        formalNoticeDate: '2025-02-01',
      },
      rates,
    );
    const text = statementText(statement, { base: 'TTC', formalNoticeDate: '2025-02-01' });
    expect(text).toContain('Mise en demeure du samedi 1er février 2025\u00a0: les intérêts courent depuis le lendemain.');
    expect(text).toContain('chaque jour après la mise en demeure');
    expect(statementText(statement, { base: 'TTC', formalNoticeDate: '' })).toContain('Aucune mise en demeure envoyée');
    expect(text).toContain('Les intérêts ne sont pas soumis à la TVA.');
    expect(text).not.toMatch(/indemnité|pénalités/i);
  });

  test('days left out for want of a rate are named, so the statement never looks complete when it is not', () => {
    const statement = computeStatement(pro([invoice(800, '2023-02-28')], '2024-03-01'), rates);
    expect(statement.missingPeriods).toEqual(['2023-S1', '2023-S2']);
    expect(statementText(statement, { base: 'TTC' })).toContain(
      'Aucun taux connu pour le 1er semestre 2023 et le 2d semestre 2023\u00a0: les jours de retard de ces périodes ne sont pas comptés.',
    );
  });

  test('a rate typed by the reader is used for the client it concerns, and marked as typed', () => {
    const invoices = [{ number: 'F-1', amount: 900, due: '2026-08-31', payments: [] }];
    const typedRates = { '2026-S2': { ecb: 2, legalOther: 2.5 } };
    const consumer = computeStatement(
      { client: 'particulier', invoices, calculationDate: '2026-11-27', formalNoticeDate: '2026-10-15', typedRates },
      rates,
    );
    expect(consumer.invoices[0]?.lines).toMatchObject([{ rate: 2.5, typed: true, provisional: false }]);
    expect(statementText(consumer, { base: 'TTC' })).toContain('à 2,50\u00a0% = 2,65\u00a0€ (taux saisi à la main)');
    // A business uses the ECB rate: a typed legal rate alone leaves its provisional row unconfirmed.
    const business = computeStatement(pro(invoices, '2026-11-27', { typedRates: { '2026-S2': { legalOther: 2.5 } } }), rates);
    expect(business.invoices[0]?.lines).toMatchObject([{ rate: 12.15, typed: false, provisional: true }]);
    expect(business.provisionalPeriods).toEqual(['2026-S2']);
  });

  test('an invoice number is never read as a spreadsheet formula', () => {
    const statement = computeStatement(pro([invoice(1000, '2025-01-15', [], '=HYPERLINK("x")')], '2025-02-14'), rates);
    const rows = statementCsv(statement).split('\r\n');
    expect(rows[1]).toMatch(/^"'=HYPERLINK\(""x""\)";/);
    expect(rows[2]).toMatch(/^"'=HYPERLINK/);
  });

  test('the three letters in one file, in the order they are sent, each laid out for the post', () => {
    const statement = computeStatement(pro([invoice(1200, '2026-09-30')], '2026-11-27'), rates);
    const details = { ...emptyLetterDetails(), yourName: 'Claire Martin', place: 'Lyon' };
    const docs = composeRecoveryLetters(letters, statement, details, false, '2026-11-27');
    const text = recoveryLettersText(docs, details, letters.layout);
    const titles = docs.map((d) => text.indexOf(d.title.toUpperCase()));
    expect(titles.every((at) => at >= 0)).toBe(true);
    expect(titles).toEqual([...titles].sort((a, b) => a - b));
    const parts = text.split('\n\n\n');
    expect(parts).toHaveLength(3);
    // Title, when to send it, a blank line, then the sender's block.
    expect(parts.map((part) => part.split('\n')[3])).toEqual(['Claire Martin', 'Claire Martin', 'Claire Martin']);
    expect(text.match(/Lettre recommandée avec accusé de réception/g)).toHaveLength(1);
    expect(text).toContain('À Lyon, le 27 novembre 2026');
  });
});

test('a name typed without a business signs alone: no « [Votre entreprise] » left under it', () => {
  const statement = computeStatement(pro([invoice(1200, '2026-09-30')], '2026-11-27'), rates);
  const signed = (details: Partial<LetterDetails>) =>
    composeRecoveryLetters(letters, statement, { ...emptyLetterDetails(), ...details }, false, '2026-11-27').map((d) => d.body);
  for (const body of signed({ yourName: 'Claire Martin' })) expect(body).toMatch(/\nClaire Martin$/);
  for (const body of signed({ yourName: 'Claire Martin', yourBusiness: 'Atelier Martin' }))
    expect(body).toMatch(/\nClaire Martin\nAtelier Martin$/);
  // Nothing typed: both blanks stay, for the reader to fill.
  for (const body of signed({})) expect(body).toMatch(/\n\[Votre prénom\]\n\[Votre entreprise\]$/);
});

describe('before sending a letter', () => {
  test('nothing to say when the letter is complete and short', () => {
    expect(checkSending('Objet', 'Bonjour Hélène,')).toMatchObject({ blanks: [], blanksWarning: '', mailProblem: '' });
  });

  test('names the blanks left, in the singular or the plural', () => {
    const one = checkSending('Objet', 'Bonjour [Prénom du client],');
    expect(one.blanksWarning).toBe(' Attention\u00a0: un blanc reste à compléter ([Prénom du client]).');
    expect(one.mailProblem).toBe('Ce courriel contient encore un blanc entre crochets.');
    const two = checkSending('Objet', 'Bonjour [Prénom du client],\n[Votre prénom]\n[Prénom du client]');
    expect(two.blanks).toEqual(['[Prénom du client]', '[Votre prénom]']);
    expect(two.blanksWarning).toContain('2 blancs restent');
  });

  test('warns that a long e-mail may be cut by the mail app', () => {
    const long = checkSending('Objet', 'a'.repeat(MAILTO_LIMIT));
    expect(long.href.length).toBeGreaterThan(MAILTO_LIMIT);
    expect(long.mailProblem).toMatch(/^Il est long/);
  });
});

test('a new calculation keeps the reader’s own details and drops the client’s', () => {
  const previous = form({
    client: 'particulier',
    letter: { ...emptyLetterDetails(), yourName: 'Claire', place: 'Lyon', clientName: 'Sophie', clientAddress: 'Grenoble', team: true },
  });
  expect(newCalculation(previous, '2026-12-01')).toEqual({
    ...emptyForm('2026-12-01'),
    letter: { ...emptyLetterDetails(), yourName: 'Claire', place: 'Lyon', team: true },
  });
});

describe('what a field accepts is saved, restored and opened', () => {
  // 20 000 characters, the most a field takes, of three bytes each in UTF-8 (« € »): pasted into three fields.
  const pasted = '€'.repeat(MAX_FIELD_TEXT);
  const long = form({
    contractRate: pasted,
    invoices: [{ number: pasted, issued: '', amount: pasted, due: '2026-01-31', payments: [] }],
  });

  test('three fields full to their limit make a link that opens the same form, and a save read back whole', () => {
    expect(decodeFormShare(`#${encodeFormShare(long)}`)).toEqual(long);
    expect(parseSavedForm(savedJson(long) ?? null)).toEqual(long);
  });

  describe('a calculation beyond what can be read back', () => {
    const huge = form({ invoices: Array.from({ length: 20 }, () => ({ ...long.invoices[0]!, number: 'x'.repeat(MAX_FIELD_TEXT) })) });
    afterEach(() => vi.restoreAllMocks());

    test('is neither saved nor linked', () => {
      expect(serializeForm(huge).length).toBeGreaterThan(MAX_FORM_BYTES);
      expect(savedJson(huge)).toBeUndefined();
      expect(encodeFormShare(huge)).toBeUndefined();
      // Bytes are counted, not characters: 90 000 characters of three bytes each do not fit.
      expect(savedJson(form({ invoices: [{ ...long.invoices[0]!, issued: '€'.repeat(MAX_FIELD_TEXT) }] }))).toBeDefined();
      const wide = form({ contractRate: pasted, formalNoticeDate: pasted, invoices: [{ ...long.invoices[0]!, issued: pasted }] });
      expect(serializeForm(wide).length).toBeLessThan(MAX_FORM_BYTES);
      expect(savedJson(wide)).toBeUndefined();
    });

    test('is refused by its length, before anything is decoded or parsed', () => {
      const parse = vi.spyOn(JSON, 'parse');
      const decode = vi.spyOn(globalThis, 'atob');
      expect(parseSavedForm(serializeForm(huge))).toBe('illisible');
      expect(decodeFormShare(`#f=${'A'.repeat(MAX_FORM_BYTES * 2)}`)).toBe('illisible');
      expect(parse).not.toHaveBeenCalled();
      expect(decode).not.toHaveBeenCalled();
    });
  });
});

describe('how the calculator opens', () => {
  const mine = form({ letter: { ...emptyLetterDetails(), yourName: 'Claire Martin' } });
  const theirs = form({ invoices: [{ number: 'F-77', issued: '', amount: '90', due: '2026-03-31', payments: [] }] });
  const saved = serializeForm(mine);

  test('nothing saved, no link: an empty form, saved only once the reader types', () => {
    expect(openingForm('', null, '2026-11-29')).toEqual({ form: emptyForm('2026-11-29'), leaveSaved: true });
  });

  test('a link and nothing saved: the link, with a word to check it', () => {
    expect(openingForm(`#${encodeFormShare(theirs)}`, null, '2026-11-29')).toEqual({ form: theirs, notice: LINK_NOTICE });
  });

  test('a link with other figures than those saved: the saved ones stay until the reader chooses, names kept either way', () => {
    const opening = openingForm(`#${encodeFormShare(theirs)}`, saved, '2026-11-29');
    expect(opening.form).toEqual(mine);
    expect(opening.link?.invoices[0]?.number).toBe('F-77');
    expect(opening.link?.letter.yourName).toBe('Claire Martin');
    expect(opening.notice).toBeUndefined();
  });

  test('a link with the same figures: the saved calculation, names included, and nothing to ask', () => {
    expect(openingForm(`#${encodeFormShare(mine)}`, saved, '2026-11-29')).toEqual({ form: mine });
  });

  test('a save from before the client’s company was asked is read whole, that field empty', () => {
    const old = JSON.parse(saved) as { letter: Record<string, unknown> };
    delete old.letter['clientCompany'];
    expect(openingForm('', JSON.stringify(old), '2026-11-29').form.letter).toEqual({ ...mine.letter, clientCompany: '' });
  });

  test('the letters start from the details typed in the self-assessment, unless this calculator has its own', () => {
    const assessment = JSON.stringify({
      case: { client: 'professionnel', team: true, tried: false },
      fields: { yourName: ' Zoé ', clientCompany: 'Dupain SARL', project: 'Site' },
    });
    const fresh = openingForm(`#${encodeFormShare(theirs)}`, null, '2026-11-29', assessment).form.letter;
    expect(fresh).toEqual({ ...emptyLetterDetails(), yourName: 'Zoé', clientCompany: 'Dupain SARL', team: true });
    expect(openingForm('', saved, '2026-11-29', assessment).form.letter.yourName).toBe('Claire Martin');
    expect(openingForm('', null, '2026-11-29', '{"fields": "<b>"}').form.letter).toEqual(emptyLetterDetails());
    expect(openingForm('', null, '2026-11-29', 'pas du JSON').form.letter).toEqual(emptyLetterDetails());
  });

  describe('from the self-assessment’s result (#depuis-diagnostic): its invoices, read from this device', () => {
    const assessment = JSON.stringify({
      case: { client: 'particulier', team: false, tried: true },
      fields: { yourName: 'Zoé' },
      invoices: [
        { number: 'F-12', amount: '1 500', due: '2026-09-30' },
        { number: 'F-13', amount: '250,50', due: '2026-10-15' },
        // Not yet due, incomplete, tampered: never taken.
        { number: 'F-14', amount: '900', due: '2027-01-15' },
        { number: '', amount: '10', due: '2026-10-01' },
        { number: 'F-15', amount: 12, due: '2026-10-01' },
      ],
    });
    const fromDiagnostic = (saved: string | null) => openingForm(`#${FROM_ASSESSMENT}`, saved, '2026-11-29', assessment);

    test('nothing saved here: the past-due invoices and the client, said to come from the self-assessment, with no link warning', () => {
      const opening = fromDiagnostic(null);
      expect(opening.form.client).toBe('particulier');
      expect(opening.form.invoices.map((i) => [i.number, i.amount, i.due])).toEqual([
        ['F-12', '1500', '2026-09-30'],
        ['F-13', '250,5', '2026-10-15'],
      ]);
      expect(opening.form.letter.yourName).toBe('Zoé');
      expect(opening).toMatchObject({ fromAssessment: 2 });
      expect(opening.notice).toBeUndefined();
      expect(opening.link).toBeUndefined();
    });

    test('the same invoices saved here, with a payment since: the saved calculation, nothing to ask', () => {
      const further = fromDiagnostic(null).form;
      const first = further.invoices[0]!;
      further.invoices[0] = { ...first, amount: '1 500', payments: [{ date: '2026-11-02', amount: '500' }] };
      expect(fromDiagnostic(serializeForm(further))).toEqual({ form: further, fromAssessment: 2 });
    });

    test('other invoices saved here: they stay until the reader chooses', () => {
      const opening = fromDiagnostic(saved);
      expect(opening.form).toEqual(mine);
      expect(opening.link?.invoices.map((i) => i.number)).toEqual(['F-12', 'F-13']);
      expect(opening.link?.letter.yourName).toBe('Claire Martin');
      expect(opening.fromAssessment).toBe(2);
    });

    test('without the fragment, or with no past-due invoice in the self-assessment, the calculator opens as usual', () => {
      expect(openingForm('', null, '2026-11-29', assessment).form.invoices).toEqual(emptyForm('2026-11-29').invoices);
      const none = JSON.stringify({ answers: {}, fields: {}, invoices: [{ number: 'F-1', amount: 'beaucoup', due: '2026-10-01' }] });
      const fresh = { form: emptyForm('2026-11-29'), leaveSaved: true };
      expect(openingForm(`#${FROM_ASSESSMENT}`, null, '2026-11-29', none)).toEqual(fresh);
      expect(openingForm(`#${FROM_ASSESSMENT}`, null, '2026-11-29', '{"invoices": "<b>"}')).toEqual(fresh);
    });
  });

  test('a tampered link or an unreadable save: a fresh or saved form, and a message saying which', () => {
    expect(openingForm('#f=abc', saved, '2026-11-29')).toEqual({
      form: mine,
      notice:
        'Ce lien de calcul est incomplet ou a été modifié\u00a0: il ne peut pas être relu. Votre calcul enregistré sur cet appareil est intact.',
    });
    expect(openingForm('', '{"version":1', '2026-11-29')).toEqual({
      form: emptyForm('2026-11-29'),
      notice: UNREADABLE_NOTICE,
      leaveSaved: true,
    });
  });

  test('an unreadable save is left as it is until the reader types, even under a link, and the page says so', () => {
    expect(openingForm(`#${encodeFormShare(theirs)}`, '{"version":1', '2026-11-29')).toEqual({
      form: theirs,
      notice: `${LINK_NOTICE} ${UNREADABLE_NOTICE}`,
      leaveSaved: true,
    });
    expect(openingForm('#f=abc', 'pas du JSON', '2026-11-29')).toMatchObject({ form: emptyForm('2026-11-29'), leaveSaved: true });
  });

  test('a form with no invoice typed yet is no calculation to keep: a link opens at once, the names typed stay', () => {
    const namesOnly = serializeForm({ ...emptyForm('2026-11-29'), letter: mine.letter });
    expect(openingForm(`#${encodeFormShare(theirs)}`, namesOnly, '2026-11-29')).toEqual({
      form: { ...theirs, letter: mine.letter },
      notice: LINK_NOTICE,
    });
  });
});

describe('the legal rate between businesses, in words', () => {
  test('a confirmed half-year: the figure now, and what it is made of', () => {
    expect(legalPenaltyRate(rates, '2026-03-01')).toEqual({
      label: 'le taux prévu par la loi, 12,15\u00a0% par an en ce moment',
      madeOf:
        'C’est le taux de refinancement de la Banque centrale européenne (2,15\u00a0% pour le 1er semestre 2026), majoré de 10 points (Code de commerce, article L441-10). Il change le 1er janvier et le 1er juillet, et chaque semestre de retard se compte à son propre taux.',
    });
  });

  test('a provisional half-year: the figure, said to be unconfirmed; a missing one: the rule, no figure', () => {
    expect(legalPenaltyRate(rates, '2026-12-07').label).toBe('le taux prévu par la loi, 12,15\u00a0% par an en ce moment (à confirmer)');
    expect(legalPenaltyRate(rates, '2026-12-07').madeOf).toContain('(2,15\u00a0% pour le 2d semestre 2026, à confirmer)');
    expect(legalPenaltyRate(ratesThrough('2026-S2'), '2027-03-01').label).toBe('le taux prévu par la loi');
    expect(legalPenaltyRate(ratesThrough('2026-S2'), '2027-03-01').madeOf).not.toMatch(/\d+,\d+/);
  });
});
