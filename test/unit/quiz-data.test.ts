import { describe, expect, test } from 'vitest';
import { checkQuiz } from '../../src/lib/quiz/checks';
import type { QuizData } from '../../src/schemas/quiz';
import { quizData, scripts, signs } from '../support/quiz';

const signFacts = signs.map((s) => ({ id: s.id, dealBreaker: s.data.dealBreaker }));
const scriptFacts = scripts.map((s) => ({ id: s.id, kind: s.data.kind }));
const check = (quiz: QuizData) => checkQuiz('content/diagnostic.yaml', quiz, signFacts, scriptFacts);
const clone = (): QuizData => structuredClone(quizData);

describe('content/diagnostic.yaml', () => {
  test('passes every cross-check', () => {
    expect(check(quizData)).toEqual([]);
  });

  test('asks about every warning sign of the guide, once', () => {
    const asked = Object.values(quizData.questions).flatMap((q) => (q.kind === 'signe' ? [q.sign] : []));
    expect(asked.sort()).toEqual(signs.map((s) => s.id).sort());
  });

  test('asks every context question the plan needs', () => {
    const facts = Object.values(quizData.questions).flatMap((q) => (q.kind === 'choix' || q.kind === 'nombre' ? [q.fact] : []));
    expect(facts.sort()).toEqual([
      'a-facturer',
      'contrat',
      'deja-essaye',
      'duree',
      'equipe',
      'montant-du',
      'part-du-ca',
      'preavis-contractuel',
      'projet-en-cours',
      'type-de-client',
    ]);
  });
});

describe('checkQuiz', () => {
  test('refuses a warning sign the questionnaire does not ask about', () => {
    const quiz = clone();
    delete quiz.questions['tarif'];
    expect(check(quiz)).toEqual([expect.objectContaining({ field: 'questions', message: expect.stringContaining('paie-trop-peu') })]);
  });

  test('rejects a blank in a question that no legal figure of content/taux.yaml fills, naming the question and field', () => {
    const quiz = clone();
    const q = quiz.questions['type-client'];
    if (!q) throw new Error('fixture');
    q.why = 'Une indemnité de [Indemnité forfaitaire], des intérêts de [Taux légal].';
    expect(check(quiz)).toEqual([
      expect.objectContaining({
        field: 'questions.type-client.why',
        message: expect.stringContaining("le blanc [Taux légal] n'est pas un chiffre de content/taux.yaml"),
      }),
    ]);
  });

  test('names the question and field of a sign that does not exist', () => {
    const quiz = clone();
    const q = quiz.questions['tarif'];
    if (q?.kind !== 'signe') throw new Error('fixture');
    q.sign = 'paie-des-clopinettes';
    expect(check(quiz)).toContainEqual(
      expect.objectContaining({ field: 'questions.tarif.sign', message: expect.stringContaining('paie-des-clopinettes') }),
    );
  });

  test('rejects a deal-breaker threshold on a sign that is not a deal-breaker, and a deal-breaker sign without one', () => {
    const quiz = clone();
    const tarif = quiz.questions['tarif'];
    const respect = quiz.questions['respect'];
    if (tarif?.kind !== 'signe' || respect?.kind !== 'signe') throw new Error('fixture');
    tarif.dealBreakerFrom = 'souvent';
    delete respect.dealBreakerFrom;
    expect(
      check(quiz)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['questions.respect.dealBreakerFrom', 'questions.tarif.dealBreakerFrom']);
  });

  test('rejects options that the scoring does not understand', () => {
    const quiz = clone();
    const q = quiz.questions['anciennete'];
    if (q?.kind !== 'choix') throw new Error('fixture');
    q.options = q.options.slice(1);
    expect(check(quiz)).toEqual([expect.objectContaining({ field: 'questions.anciennete.options' })]);
  });

  test('rejects thresholds out of order and a follow-up question pointing nowhere', () => {
    const quiz = clone();
    quiz.levels.preparer.from = quiz.levels.recadrer.from;
    const q = quiz.questions['preavis'];
    if (q?.kind !== 'choix' || !q.showIf) throw new Error('fixture');
    q.showIf.equals = 'peut-etre';
    expect(
      check(quiz)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['levels.preparer.from', 'questions.preavis.showIf.equals']);
  });

  test('rejects a follow-up that checks no deal-breaker, is not asked right after it, or cannot both confirm and set aside', () => {
    const quiz = clone();
    const followUp = quiz.questions['impayes-intention'];
    if (followUp?.kind !== 'confirmation') throw new Error('fixture');
    followUp.confirms = 'retards';
    followUp.order = 30;
    for (const option of followUp.options) option.dealBreaker = true;
    expect(
      check(quiz)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['questions.impayes-intention.confirms', 'questions.impayes-intention.options']);
    followUp.confirms = 'impayes';
    expect(check(quiz).map((p) => p.field)).toEqual(['questions.impayes-intention.order', 'questions.impayes-intention.options']);
  });
});
