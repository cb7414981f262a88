import { describe, expect, test } from 'vitest';
import { formatLongDateFr } from '../../src/lib/case/calendar';
import { composeRecoveryLetters } from '../../src/lib/recovery/letters';
import { computeStatement } from '../../src/lib/recovery/penalties';
import { answersWith, resultFor } from '../support/quiz';
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
