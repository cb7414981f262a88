import { describe, expect, test } from 'vitest';
import { formatLongDateFr } from '../../src/lib/case/calendar';
import { composeRecoveryLetters } from '../../src/lib/recovery/letters';
import { assessmentNoticeFor, assessmentNoticeWords, ladderBeside } from '../../src/lib/recovery/assessment-notice';
import { readAssessedCase } from '../../src/lib/case/assessment';
import { caseForCalculator, plannedNotice } from '../../src/lib/quiz/compose';
import { serializeState } from '../../src/lib/quiz/state';
import { computeStatement } from '../../src/lib/recovery/penalties';
import { answersWith, model, resultFor } from '../support/quiz';
import { invoice, ladderLetters, rates } from '../support/recovery';

/**
 * One freelancer, one unpaid client: the self-assessment's mise en demeure and the calculator's
 * letters give the same deadline on the same day, from the one rule of content/courriers.yaml.
 */
const deadlineIn = (text: string) => /au plus tard le (\S+ \d+(?:er)? \S+ \d{4})/.exec(text)?.[1];

describe('one debt, one deadline across both tools', () => {
  // A Monday, a Friday before a weekend, Christmas Eve, the eve of 1 May, and 14 July.
  test.each(['2026-11-30', '2026-12-04', '2026-12-24', '2027-04-30', '2027-07-13'])('letters written on %s', (today) => {
    const result = resultFor({
      answers: answersWith({ impayes: 'souvent', montant: 1500, 'type-client': 'professionnel', 'deja-essaye': 'oui' }),
      invoices: [{ number: 'F-12', amount: '1 500', due: '2026-09-30' }],
      today,
    });
    expect(result.path).toBe('miseEnDemeure');
    const notice = result.words?.documents[0]?.body ?? '';
    const statement = computeStatement(
      { client: 'professionnel', invoices: [invoice(1500, '2026-09-30', [], 'F-12')], calculationDate: today },
      rates,
    );
    const ladder = composeRecoveryLetters(ladderLetters, statement, {}, false, today);
    const expected = formatLongDateFr(result.dates.deadline!);
    expect(notice).toContain(expected);
    expect(ladder.map((letter) => deadlineIn(letter.body))).toEqual([expected, expected, expected]);
  });
});

/** « La somme due s'élève donc à 1 757,17 € » → "1 757,17 €". */
const totalIn = (text: string) => /s’élève (?:donc|ainsi) à ([\d\s\u00a0\u202f]+(?:,\d{2})?\s€)/.exec(text)?.[1];
const penaltiesIn = (text: string) => text.split('\n').filter((line) => line.includes('de pénalités de retard'));

describe('one debt, one amount across both tools', () => {
  const invoices = [
    { number: 'F-2026-031', amount: '1 200', due: '2026-09-30' },
    { number: 'F-2026-038', amount: '450,50', due: '2026-10-31' },
  ];
  // In a provisional half-year, across the change of half-year, and months later over three half-years.
  test.each(['2026-11-30', '2027-01-04', '2027-08-02'])('a business client left on %s', (today) => {
    const due = invoices;
    const result = resultFor({
      answers: answersWith({ impayes: 'souvent', montant: 1650.5, 'type-client': 'professionnel', 'deja-essaye': 'oui' }),
      invoices,
      today,
    });
    expect(result.path).toBe('miseEnDemeure');
    const notice = result.words?.documents.find((d) => d.id === 'miseEnDemeure')?.body ?? '';
    const statement = computeStatement(
      {
        client: 'professionnel',
        invoices: due.map((i) => invoice(Number(i.amount.replace(/\s/g, '').replace(',', '.')), i.due, [], i.number)),
        calculationDate: today,
      },
      rates,
    );
    const ladderNotice = composeRecoveryLetters(ladderLetters, statement, {}, false, today).find((l) => l.id === 'miseEnDemeure')!;
    expect(totalIn(notice)).toBeDefined();
    expect(totalIn(notice)).toBe(totalIn(ladderNotice.body));
    expect(penaltiesIn(notice)).toEqual(penaltiesIn(ladderNotice.body));
  });

  test('a private client’s notice claims the invoices, and no penalties or indemnity', () => {
    const result = resultFor({
      answers: answersWith({ impayes: 'souvent', montant: 1650.5, 'type-client': 'particulier', 'deja-essaye': 'oui' }),
      invoices,
      today: '2026-11-30',
    });
    const notice = result.words?.documents.find((d) => d.id === 'miseEnDemeure')?.body ?? '';
    expect(notice).toContain('Total restant à payer\u00a0: 1\u202f650,50\u00a0€');
    expect(notice).not.toMatch(/pénalités|indemnité forfaitaire/);
    expect(notice).toContain('intérêt au taux légal');
  });
});

describe('the mise en demeure the self-assessment prepared is the one the calculator shows', () => {
  const invoices = [
    { number: 'F-2026-031', amount: '1 200', due: '2026-09-30' },
    { number: 'F-2026-038', amount: '450,50', due: '2026-10-31' },
  ];
  const today = '2026-11-30';
  const answers = answersWith({ impayes: 'souvent', montant: 1650.5, 'type-client': 'professionnel', 'deja-essaye': 'oui' });
  const result = resultFor({ answers, invoices, today });
  const planned = plannedNotice(result);
  const statementOf = (invoices: [string, number][]) =>
    computeStatement(
      {
        client: 'professionnel',
        invoices: invoices.map(([n, amount]) => invoice(amount, '2026-09-30', [], n)),
        calculationDate: today,
      },
      rates,
    );

  test('the result prepares it with its date, deadline and invoices, and the saved state carries it to the calculator', () => {
    expect(planned).toEqual({
      sent: result.dates.announce,
      deadline: result.dates.deadline,
      invoices: [
        { number: 'F-2026-031', balance: 1200 },
        { number: 'F-2026-038', balance: 450.5 },
      ],
    });
    const saved = serializeState(model, { answers, fields: {}, invoices, position: 0 }, caseForCalculator(result, true));
    const assessed = readAssessedCase(saved, today);
    expect(assessed?.notice).toEqual(planned);
    expect(assessed?.tried).toBe(true);
  });

  test('the same claim, or one the calculator knows more of: the self-assessment’s notice stays the one to send, and the ladder sends nothing', () => {
    const same = statementOf([
      ['F-2026-038', 450.5],
      ['F-2026-031', 1200],
    ]);
    expect(assessmentNoticeFor(planned, same, '')).toEqual({ notice: planned, same: true });
    expect(ladderBeside(composeRecoveryLetters(ladderLetters, same, {}, false, today), { notice: planned!, same: true })).toEqual([]);
    // A part payment typed in the calculator, or one more invoice: still that notice (it alone announces the end of the contract).
    for (const more of [
      statementOf([
        ['F-2026-038', 450.5],
        ['F-2026-031', 700],
      ]),
      statementOf([
        ['F-2026-031', 1200],
        ['F-2026-038', 450.5],
        ['F-2026-040', 300],
      ]),
    ]) {
      const weighed = assessmentNoticeFor(planned, more, '');
      expect(weighed?.same).toBe(false);
      expect(ladderBeside(composeRecoveryLetters(ladderLetters, more, {}, false, today), weighed)).toEqual([]);
    }
    // Other invoices altogether, or a mise en demeure already sent: the planned one is not weighed.
    expect(assessmentNoticeFor(planned, statementOf([['F-2026-050', 100]]), '')).toBeUndefined();
    expect(assessmentNoticeFor(planned, same, '2026-10-15')).toBeUndefined();
  });

  test('no notice to take up when the result sends none', () => {
    const boundary = resultFor({ answers: answersWith({ demandes: 'souvent' }), invoices, today });
    expect(boundary.path).not.toBe('miseEnDemeure');
    expect(plannedNotice(boundary)).toBeUndefined();
  });

  test('a tampered notice is ignored, and the rest of the case is still read', () => {
    const base = JSON.parse(serializeState(model, { answers, fields: {}, invoices, position: 0 }, caseForCalculator(result, true))) as {
      case: Record<string, unknown>;
    };
    for (const notice of [
      { ...planned, deadline: planned?.sent },
      { ...planned, sent: '2026-02-30' },
      { ...planned, invoices: [] },
      { ...planned, invoices: [42] },
      { ...planned, invoices: [{ number: 'F-1', balance: '1200' }] },
      'demain',
    ]) {
      const assessed = readAssessedCase(JSON.stringify({ ...base, case: { ...base.case, notice } }), today);
      expect(assessed?.notice).toBeUndefined();
      expect(assessed?.invoices).toHaveLength(2);
    }
  });

  test('the words in place of the ladder’s letters: its date, its deadline, one letter only, and how to bring it up to date', () => {
    const words = assessmentNoticeWords({ notice: planned!, same: true }, 'professionnel', true, today);
    const text = words.text.join('\n');
    expect(text).toContain(formatLongDateFr(planned!.sent));
    expect(text).toContain(formatLongDateFr(planned!.deadline));
    expect(text).toContain('une seule fois');
    expect(text).toContain('mettre fin au contrat');
    expect(text).not.toContain('que votre diagnostic ne connaît pas');
    const forPerson = assessmentNoticeWords({ notice: planned!, same: true }, 'particulier', false, today).text.join('\n');
    expect(forPerson).not.toMatch(/pénalités/);
    expect(forPerson).toContain('intérêts au taux légal');
    const knowsMore = assessmentNoticeWords({ notice: planned!, same: false }, 'professionnel', true, today).text.join('\n');
    expect(knowsMore).toContain('indiquez dans le diagnostic, pour chaque facture, le montant qui reste dû');
    expect(knowsMore).not.toContain('comme ce relevé');
    const expired = assessmentNoticeWords({ notice: planned!, same: true }, 'professionnel', true, '2027-01-04').text.join('\n');
    expect(expired).toContain('n’envoyez pas de seconde mise en demeure');
  });
});
