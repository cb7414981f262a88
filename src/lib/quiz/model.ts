import type { Family, Severity } from '../families';
import type { Question, QuizData } from '../../schemas/quiz';
import { FREQUENCIES, type Frequency, type LetterField } from './facts';

/** What the self-assessment needs to know of a warning sign. */
export interface SignSummary {
  id: string;
  title: string;
  family: Family;
  severity: Severity;
  dealBreaker: boolean;
  /** Its exit script: an id in `QuizModel.scripts`. */
  script: string;
}

/** The words of one script, with its placeholders still in. */
export interface ScriptText {
  id: string;
  title: string;
  conversation: { step: string; say: string }[];
  letter: { subject: string; body: string };
}

export type QuizQuestion = Question & { id: string };

/**
 * Everything the island receives: the questionnaire and the slices of the guide it
 * quotes. Plain data, serialisable as props.
 */
export interface QuizModel extends Pick<
  QuizData,
  'scale' | 'levels' | 'reframeFrom' | 'prepareFrom' | 'recheckAfterDays' | 'suggestedNotice'
> {
  /** Ids of the two scripts every result may use. */
  scriptRoles: QuizData['scripts'];
  letterFields: Record<LetterField, string>;
  /** In the order they are asked. */
  questions: QuizQuestion[];
  signs: Record<string, SignSummary>;
  scripts: Record<string, ScriptText>;
}

/** A question id → its answer: a frequency, a choice value or a number. */
export type Answers = Record<string, string | number>;
export type LetterFields = Partial<Record<LetterField, string>>;

export const atLeast = (answer: Frequency, threshold: Frequency) => FREQUENCIES.indexOf(answer) >= FREQUENCIES.indexOf(threshold);

/** The questions a user sees given the answers so far (some only follow a given answer). */
export function visibleQuestions(model: QuizModel, answers: Answers): QuizQuestion[] {
  return model.questions.filter((q) => q.kind === 'signe' || !q.showIf || answers[q.showIf.question] === q.showIf.equals);
}

/** The answer to the first visible question about a context fact, if any. */
export function factAnswer(model: QuizModel, answers: Answers, fact: string): string | number | undefined {
  const question = visibleQuestions(model, answers).find((q) => q.kind !== 'signe' && q.fact === fact);
  return question ? answers[question.id] : undefined;
}

interface GuideSlices {
  signs: { id: string; data: Omit<SignSummary, 'id'> }[];
  scripts: { id: string; data: Omit<ScriptText, 'id'> }[];
}

/** Builds the island's model from the questionnaire and the guide, keeping only what it quotes. */
export function buildQuizModel(quiz: QuizData, guide: GuideSlices): QuizModel {
  const questions = Object.entries(quiz.questions)
    .map(([id, q]) => ({ ...q, id }))
    .sort((a, b) => a.order - b.order);
  const askedSigns = new Set(questions.flatMap((q) => (q.kind === 'signe' ? [q.sign] : [])));
  const signs = guide.signs
    .filter((s) => askedSigns.has(s.id))
    .map(({ id, data }): SignSummary => ({
      id,
      title: data.title,
      family: data.family,
      severity: data.severity,
      dealBreaker: data.dealBreaker,
      script: data.script,
    }));
  const usedScripts = new Set([quiz.scripts.boundary, quiz.scripts.confirmation, ...signs.map((s) => s.script)]);
  const scripts = guide.scripts
    .filter((s) => usedScripts.has(s.id))
    .map(({ id, data }): ScriptText => ({
      id,
      title: data.title,
      conversation: data.conversation.map(({ step, say }) => ({ step, say })),
      letter: { subject: data.letter.subject, body: data.letter.body },
    }));
  return {
    scale: quiz.scale,
    levels: quiz.levels,
    reframeFrom: quiz.reframeFrom,
    prepareFrom: quiz.prepareFrom,
    recheckAfterDays: quiz.recheckAfterDays,
    suggestedNotice: quiz.suggestedNotice,
    scriptRoles: quiz.scripts,
    letterFields: quiz.letterFields,
    questions,
    signs: Object.fromEntries(signs.map((s) => [s.id, s])),
    scripts: Object.fromEntries(scripts.map((s) => [s.id, s])),
  };
}
