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
