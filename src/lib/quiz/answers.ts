import { atLeast, FREQUENCIES, UNSURE, type Frequency } from './facts';
import type { Answers, QuizModel, QuizQuestion } from './model';

type SignQuestion = Extract<QuizQuestion, { kind: 'signe' }>;
type ConfirmQuestion = Extract<QuizQuestion, { kind: 'confirmation' }>;

export interface AnswerOption {
  value: string;
  label: string;
  /** This answer alone makes the verdict "partir": the question screen says so under it. */
  decides: boolean;
}

const isFrequency = (value: unknown): value is Frequency => typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value);

/** Whether an answer to a deal-breaker sign's question reaches its threshold. */
const reachesDealBreaker = (question: SignQuestion, value: unknown): boolean =>
  question.dealBreakerFrom !== undefined && isFrequency(value) && atLeast(value, question.dealBreakerFrom);

/** The follow-up that checks a sign question's deal-breaking answers, if it has one. */
export const confirmationOf = (model: QuizModel, questionId: string): ConfirmQuestion | undefined =>
  model.questions.find((q): q is ConfirmQuestion => q.kind === 'confirmation' && q.confirms === questionId);

/** A follow-up is asked once the answer it checks would be a deal-breaker. */
export function confirmationAsked(model: QuizModel, answers: Answers, confirmation: ConfirmQuestion): boolean {
  const target = model.questions.find((q) => q.id === confirmation.confirms);
  return target?.kind === 'signe' && reachesDealBreaker(target, answers[target.id]);
}

/**
 * Whether a sign's answer was set aside by its follow-up (« il finit toujours par payer »): the
 * sign is then absent, and counts for nothing in the verdict or the words.
 */
export function setAside(model: QuizModel, answers: Answers, question: SignQuestion): boolean {
  const confirmation = confirmationOf(model, question.id);
  if (!confirmation || !confirmationAsked(model, answers, confirmation)) return false;
  return confirmation.options.find((o) => o.value === answers[confirmation.id])?.dealBreaker === false;
}

/** The answers a question offers, in order, with the wording that fits it. */
export function answerOptions(model: QuizModel, question: QuizQuestion): AnswerOption[] {
  if (question.kind === 'choix') return question.options.map((o) => ({ ...o, decides: false }));
  if (question.kind === 'confirmation') return question.options.map((o) => ({ value: o.value, label: o.label, decides: o.dealBreaker }));
  if (question.kind !== 'signe') return [];
  // A deal-breaker with a follow-up decides nothing alone: the follow-up does.
  const checked = confirmationOf(model, question.id) !== undefined;
  const options = FREQUENCIES.map((f) => ({
    value: f,
    label: question.answers[f] ?? model.scale[f].label,
    decides: !checked && reachesDealBreaker(question, f),
  }));
  return question.unsure ? [...options, { value: UNSURE, label: model.unsureLabel, decides: false }] : options;
}

/** How an answer reads back to the user (check screen, reasons); numbers are shown by the caller. */
export const answerLabel = (model: QuizModel, question: QuizQuestion, value: string | number | undefined): string | undefined =>
  answerOptions(model, question).find((o) => o.value === value)?.label;
