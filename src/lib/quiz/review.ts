import { formatEuros } from '../case/money';
import { FREQUENCIES, UNSURE, type Frequency } from './facts';
import type { Answers, QuizModel, QuizQuestion } from './model';

/** One line of the check-answers screen: the question's short key and the answer as it reads. */
export interface ReviewRow {
  id: string;
  key: string;
  /** undefined while the question has no answer. */
  answer: string | undefined;
}

/** The check-answers screen's lines, signs and context apart, the signs never seen folded into one line. */
export interface Review {
  /** Every sign's line, in order: shown when the reader unfolds the « Jamais » line. */
  everySign: ReviewRow[];
  /** The signs seen at least once, answered « Je ne sais pas », or not yet answered. */
  signs: ReviewRow[];
  /** The signs answered « Jamais » (or its own words, « Non : … »): one line for all of them. */
  never: ReviewRow[];
  context: ReviewRow[];
}

const NEVER = FREQUENCIES[0];

/**
 * An answer as the check screen reads it after the question's key: the shared scale for a sign
 * (« Presque toujours », not « Presque toujours : il refuse ou contourne l'écrit »), an option's
 * short form where it has one, an amount in euros.
 */
export function shortAnswer(model: QuizModel, question: QuizQuestion, value: string | number | undefined): string | undefined {
  if (typeof value === 'number') return formatEuros(value);
  if (question.kind === 'signe')
    return value === UNSURE
      ? model.unsureLabel
      : FREQUENCIES.includes(value as Frequency)
        ? model.scale[value as Frequency].label
        : undefined;
  if (question.kind === 'choix' || question.kind === 'confirmation') {
    const option = question.options.find((o) => o.value === value);
    return option && (option.short ?? option.label);
  }
  return undefined;
}

const row = (model: QuizModel, question: QuizQuestion, answers: Answers): ReviewRow => ({
  id: question.id,
  key: question.key,
  answer: shortAnswer(model, question, answers[question.id]),
});

/** Sorts the asked questions into the check screen's lines, keeping their order. */
export function reviewRows(model: QuizModel, questions: QuizQuestion[], answers: Answers): Review {
  const review: Review = { everySign: [], signs: [], never: [], context: [] };
  for (const question of questions) {
    const line = row(model, question, answers);
    // A follow-up reads with the sign it checks: it is about what the client does.
    if (question.kind === 'choix' || question.kind === 'nombre') {
      review.context.push(line);
      continue;
    }
    review.everySign.push(line);
    if (question.kind === 'signe' && answers[question.id] === NEVER) review.never.push(line);
    else review.signs.push(line);
  }
  return review;
}
