import { FREQUENCIES, UNSURE } from './facts';
import type { QuizModel, QuizQuestion } from './model';

export interface AnswerOption {
  value: string;
  label: string;
}

/** The answers a question offers, in order, with the wording that fits it. */
export function answerOptions(model: QuizModel, question: QuizQuestion): AnswerOption[] {
  if (question.kind === 'choix') return question.options;
  if (question.kind !== 'signe') return [];
  const options = FREQUENCIES.map((f) => ({ value: f, label: question.answers[f] ?? model.scale[f].label }));
  return question.unsure ? [...options, { value: UNSURE, label: model.unsureLabel }] : options;
}

/** How an answer reads back to the user (check screen, reasons); numbers are shown by the caller. */
export const answerLabel = (model: QuizModel, question: QuizQuestion, value: string | number | undefined): string | undefined =>
  answerOptions(model, question).find((o) => o.value === value)?.label;
