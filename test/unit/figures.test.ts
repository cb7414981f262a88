import { describe, expect, test } from 'vitest';
import { buildResult } from '../../src/lib/quiz/compose';
import { buildQuizModel } from '../../src/lib/quiz/model';
import { computeVerdict } from '../../src/lib/quiz/scoring';
import { composeRecoveryLetters, recoveryLetters } from '../../src/lib/recovery/letters';
import { computeStatement } from '../../src/lib/recovery/penalties';
import { yearsInWords } from '../../src/lib/words/figures';
import { answersWith, letters, plan, quizData, rates, scripts, signs } from '../support/quiz';

/**
 * The legal figures live in content/taux.yaml alone: a new indemnity or limitation period there
 * must reach every letter, note and question without touching the words.
 */
const changed = { ...rates, indemnity: 50, limitationYears: { professionnel: 4, particulier: 3 } };
const model = buildQuizModel(quizData, { signs, scripts, letters, plan, rates: changed });

/** A client at fault for unpaid invoices, left by a mise en demeure then a termination. */
function unpaidClient(type: 'professionnel' | 'particulier') {
  const answers = answersWith({ impayes: 'souvent', equipe: 'seul', 'type-client': type, projet: 'non', montant: 1500 });
  return buildResult(
    model,
    { answers, fields: {}, invoices: [{ number: 'F-1', amount: '1 500', due: '2026-09-30' }], exitMode: undefined },
    '2026-11-26',
    computeVerdict(model, answers),
  );
}

describe('the legal figures of content/taux.yaml', () => {
  test('a new indemnity reaches the conversation and both letters of a mise en demeure, and no 40 € is left', () => {
    const r = unpaidClient('professionnel');
    const words = [...(r.words?.conversation.map((l) => l.say) ?? []), ...(r.words?.documents.map((d) => d.body) ?? [])].join('\n');
    expect(r.words?.documents.map((d) => d.id)).toEqual(['miseEnDemeure', 'resiliation']);
    for (const doc of r.words?.documents ?? []) expect(doc.body).toContain('indemnité forfaitaire de 50\u00a0€');
    expect(words).toContain('indemnité forfaitaire de 50\u00a0€ chacune');
    expect(words).not.toMatch(/40\u00a0€|\[Indemnité forfaitaire\]/);
  });

  test('a new indemnity and new limitation periods reach the plan’s note on the money owed, for a business or a private client', () => {
    const business = unpaidClient('professionnel').notes.find((n) => n.id === 'montant-du')?.text;
    const consumer = unpaidClient('particulier').notes.find((n) => n.id === 'montant-du')?.text;
    expect(business).toContain('une indemnité de 50\u00a0€\u202f; la créance se prescrit en quatre ans.');
    expect(consumer).toContain('ni indemnité de 50\u00a0€\u00a0:');
    expect(consumer).toContain('Votre créance se prescrit en trois ans\u00a0:');
  });

  test('a new indemnity and new limitation periods reach the question about the kind of client', () => {
    const why = model.questions.find((q) => q.id === 'type-client')?.why;
    expect(why).toContain('l’indemnité forfaitaire de 50\u00a0€');
    expect(why).toContain('se prescrit en trois ans au lieu de quatre ans');
    expect(why).not.toContain('[');
  });

  test('a new indemnity reaches the recovery ladder’s letters and their figures alike', () => {
    const statement = computeStatement(
      {
        client: 'professionnel',
        invoices: [{ number: 'F-1', amount: 1200, due: '2026-09-30', payments: [] }],
        calculationDate: '2026-11-27',
      },
      changed,
    );
    const [, firm, formal] = composeRecoveryLetters(recoveryLetters(letters, changed), statement, {}, false, '2026-11-27');
    expect(firm?.body).toContain('indemnité forfaitaire de 50\u00a0€ pour frais de recouvrement');
    expect(formal?.body).toContain('l’indemnité forfaitaire de 50\u00a0€ pour frais de recouvrement');
    expect(firm?.body).toContain('50\u00a0€ d’indemnité forfaitaire');
    expect(`${firm?.body}${formal?.body}`).not.toContain('40\u00a0€');
  });

  test('a number of years is written in words up to ten, in digits beyond', () => {
    expect([1, 2, 5, 10, 12].map(yearsInWords)).toEqual(['un an', 'deux ans', 'cinq ans', 'dix ans', '12 ans']);
  });
});
