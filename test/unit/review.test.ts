import { describe, expect, test } from 'vitest';
import { questionnaireLength, visibleQuestions } from '../../src/lib/quiz/model';
import { addedQuestionsNotice } from '../../src/lib/quiz/added-questions';
import { reviewRows } from '../../src/lib/quiz/review';
import { answersWith, model } from '../support/quiz';

describe('the check-answers screen', () => {
  const answers = {
    ...answersWith({ retards: 'toujours', contrat: 'souvent', mensonges: 'inconnu' }),
    montant: 2050,
    'type-client': 'professionnel',
  };
  const review = reviewRows(model, visibleQuestions(model, answers), answers);

  test('reads each answer after its short key, in the scale’s words or the option’s short form', () => {
    expect(review.signs.map((r) => `${r.key} : ${r.answer}`)).toEqual([
      'Contrat esquivé : Souvent',
      'Retards de paiement : Presque toujours',
      'Mensonges : Je ne sais pas',
    ]);
    expect(review.context.find((r) => r.id === 'montant')?.answer).toBe('2\u202f050\u00a0€');
    expect(review.context.find((r) => r.id === 'type-client')?.answer).toBe('Un professionnel');
    expect(review.context.find((r) => r.id === 'anciennete')?.answer).toBeUndefined();
  });

  test('folds every sign answered « Jamais » into one line, and keeps them all, in order, for unfolding', () => {
    expect(review.never).toHaveLength(13);
    expect(review.never.map((r) => r.id)).not.toContain('retards');
    expect(review.everySign.map((r) => r.id)).toEqual(model.questions.filter((q) => q.kind === 'signe').map((q) => q.id));
  });

  test('lists the unpaid-invoices follow-up with the signs, where it belongs', () => {
    const unpaid = answersWith({ impayes: 'souvent', 'impayes-intention': 'retard' });
    const rows = reviewRows(model, visibleQuestions(model, unpaid), unpaid);
    expect(rows.signs.map((r) => `${r.key} : ${r.answer}`)).toEqual([
      'Factures impayées : Souvent',
      'Intention de payer : Il finit par payer',
    ]);
  });
});

describe('the sentence before questions a changed answer brings', () => {
  test('counts them, in the singular or the plural, and says when the verdict moved', () => {
    expect(addedQuestionsNotice(1, false)).toBe('Votre réponse appelle une question de plus, puis vous revenez à vos réponses.');
    expect(addedQuestionsNotice(2, false)).toBe('Votre réponse appelle 2 questions de plus, puis vous revenez à vos réponses.');
    expect(addedQuestionsNotice(4, true)).toBe(
      'Votre réponse change le verdict\u00a0: 4 questions de plus sur votre situation, puis vous revenez à vos réponses.',
    );
  });
});

describe('the introduction’s promise', () => {
  test('counts the questions everyone answers and all those one can be asked, and the minutes they take', () => {
    // 16 signs and 5 questions about the situation; then the unpaid-invoices follow-up, the exit questions and the notice clause.
    expect(questionnaireLength(model)).toEqual({ fewest: 21, most: 27, minutes: 5 });
  });
});
