import type { Family, Severity } from '../families';
import type { Question, QuizData } from '../../schemas/quiz';
import type { LettersData } from '../../schemas/letters';
import type { ScriptData } from '../../schemas/script';
import type { PlanData } from '../../schemas/plan';
import type { RatesData } from '../../schemas/rates';
import { figureValues, type LegalFigures } from '../words/figures';
import { resolveLetter, type LetterText, type LineText } from '../words/render';
import { fillBlanks, type Text } from '../words/template';
import { PATHS, type Path, type TaskDay } from '../words/vocabulary';
import { linkHref, type ScriptRoles } from '../links';
import { confirmationAsked } from './answers';
import { FREQUENCIES, type LetterField } from './facts';
import { computeVerdict, EXIT_LEVELS, LEVELS } from './scoring';
import { isRecord } from '../untrusted';

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

/** The words of one script, with their variants and blanks still in. */
export interface ScriptText {
  id: string;
  title: string;
  kind: ScriptData['kind'];
  clientAtFault: boolean;
  urgent: boolean;
  demand: Text | undefined;
  conversation: LineText[];
  letter: LetterText;
}

/** The letters every exit shares, with their shared paragraphs resolved. */
export interface SharedLetters extends Pick<LettersData, 'layout' | 'titles' | 'exitModes'> {
  miseEnDemeure: LetterText;
  resiliation: LetterText;
}

export type QuizQuestion = Question & { id: string };

/**
 * Everything the island receives: the questionnaire and the slices of the guide it
 * quotes. Plain data, serialisable as props.
 */
export interface QuizModel extends Pick<
  QuizData,
  | 'scale'
  | 'unsureLabel'
  | 'dealBreakerHint'
  | 'levels'
  | 'reframeFrom'
  | 'prepareFrom'
  | 'recheckAfterDays'
  | 'keepRecheckAfterDays'
  | 'suggestedNotice'
> {
  /** Id of the script every boundary uses. */
  scriptRoles: QuizData['scripts'];
  /** Days given to pay or to put a breach right: the one rule of content/courriers.yaml, which the calculator's letters use too. */
  deadlineDays: number;
  /** The legal figures of content/taux.yaml that fill the words' blanks (« 40 € », « cinq ans »). */
  figures: LegalFigures;
  /** content/taux.yaml whole: the letters state the penalties as the calculator does, from the same rates. */
  rates: RatesData;
  letters: SharedLetters;
  /** The notes and the dated checklist of content/plan.yaml, links resolved. */
  plan: PlanText;
  letterFields: Record<LetterField, string>;
  /** In the order they are asked. */
  questions: QuizQuestion[];
  signs: Record<string, SignSummary>;
  scripts: Record<string, ScriptText>;
}

/** A question id → its answer: a frequency, a choice value or a number. */
export type Answers = Record<string, string | number>;
export type LetterFields = Partial<Record<LetterField, string>>;

/**
 * The questions a user sees given the answers so far: some only follow a given answer (a
 * deal-breaker's check among them), and those that only shape an exit plan only when the
 * verdict calls for one.
 */
export function visibleQuestions(model: QuizModel, answers: Answers): QuizQuestion[] {
  const exitPlan = EXIT_LEVELS.includes(computeVerdict(model, answers).level);
  return model.questions.filter((q) =>
    q.kind === 'signe'
      ? true
      : q.kind === 'confirmation'
        ? confirmationAsked(model, answers, q)
        : (!q.showIf || answers[q.showIf.question] === q.showIf.equals) && (!q.onlyForExit || exitPlan),
  );
}

/** The answer to the first visible question about a context fact, if any. */
export function factAnswer(model: QuizModel, answers: Answers, fact: string): string | number | undefined {
  const question = visibleQuestions(model, answers).find((q) => (q.kind === 'choix' || q.kind === 'nombre') && q.fact === fact);
  return question ? answers[question.id] : undefined;
}

interface GuideSlices {
  signs: { id: string; data: Omit<SignSummary, 'id'> }[];
  scripts: { id: string; data: ScriptData }[];
  letters: LettersData;
  plan: PlanData;
  rates: RatesData;
}

/** A script's words as the composer reads them: shared paragraphs resolved, page-only fields dropped. */
export const scriptText = (id: string, data: ScriptData, letters: LettersData): ScriptText => ({
  id,
  title: data.title,
  kind: data.kind,
  clientAtFault: data.clientAtFault,
  urgent: data.urgent,
  demand: data.demand,
  conversation: data.conversation,
  letter: resolveLetter(data.letter, letters.blocks),
});

/** A note of content/plan.yaml as the composer reads it: its shared sentences resolved, its link a URL. */
export interface PlanNoteText {
  id: string;
  when: string[];
  /** One or more sentences, each a text with its variants: those that apply are joined by a space. */
  sentences: Text[];
  href: string;
  linkText: string;
}

/** A task of the checklist as the composer reads it. */
export interface PlanTaskText {
  on: TaskDay;
  when: string[];
  label: string;
  href: string;
}

/** content/plan.yaml, ready for the island: plain data, every link already a URL. */
export interface PlanText {
  notes: PlanNoteText[];
  handoverDaysBefore: number;
  checklist: Record<Path, PlanTaskText[]>;
}

/** Resolves shared sentences and links (`script:limite` through the scripts' roles); the build has checked both. */
export function planText(plan: PlanData, roles: ScriptRoles): PlanText {
  const sentence = (s: { text?: Text | undefined; use?: string | undefined }): Text => {
    const text = s.text ?? (s.use !== undefined ? plan.shared[s.use] : undefined);
    if (text === undefined) throw new Error(`phrase partagée inconnue : ${s.use ?? '(aucune)'}`);
    return text;
  };
  return {
    notes: plan.notes.map((note) => ({
      id: note.id,
      when: note.when,
      sentences: note.sentences ? note.sentences.map(sentence) : [note.text ?? ''],
      href: linkHref(note.link.to, roles),
      linkText: note.link.text,
    })),
    handoverDaysBefore: plan.handoverDaysBefore,
    checklist: Object.fromEntries(
      PATHS.map((path) => [
        path,
        plan.checklist[path].map((task) => ({ on: task.on, when: task.when, label: task.label, href: linkHref(task.link, roles) })),
      ]),
    ) as Record<Path, PlanTaskText[]>,
  };
}

/** Builds the island's model from the questionnaire and the guide, keeping only what it quotes. */
export function buildQuizModel(quiz: QuizData, guide: GuideSlices): QuizModel {
  const figures = figureValues(guide.rates);
  // A question may quote a legal figure (« l'indemnité de [Indemnité forfaitaire] »): filled here, once.
  const questions = Object.entries(quiz.questions)
    .map(([id, q]) => ({ ...q, id, text: fillBlanks(q.text, figures), why: fillBlanks(q.why, figures) }))
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
  const usedScripts = new Set([quiz.scripts.boundary, ...signs.map((s) => s.script)]);
  const scripts = guide.scripts.filter((s) => usedScripts.has(s.id)).map(({ id, data }) => scriptText(id, data, guide.letters));
  const { layout, titles, exitModes, blocks } = guide.letters;
  return {
    scale: quiz.scale,
    unsureLabel: quiz.unsureLabel,
    dealBreakerHint: quiz.dealBreakerHint,
    levels: quiz.levels,
    reframeFrom: quiz.reframeFrom,
    prepareFrom: quiz.prepareFrom,
    recheckAfterDays: quiz.recheckAfterDays,
    keepRecheckAfterDays: quiz.keepRecheckAfterDays,
    deadlineDays: guide.letters.deadlineDays,
    suggestedNotice: quiz.suggestedNotice,
    scriptRoles: quiz.scripts,
    figures: { indemnity: guide.rates.indemnity, limitationYears: guide.rates.limitationYears },
    rates: guide.rates,
    letters: {
      layout,
      titles,
      exitModes,
      miseEnDemeure: resolveLetter(guide.letters.miseEnDemeure, blocks),
      resiliation: resolveLetter(guide.letters.resiliation, blocks),
    },
    plan: planText(guide.plan, quiz.scripts),
    letterFields: quiz.letterFields,
    questions,
    signs: Object.fromEntries(signs.map((s) => [s.id, s])),
    scripts: Object.fromEntries(scripts.map((s) => [s.id, s])),
  };
}

/**
 * Whether published data has the shape the island needs. The build checks the content in depth;
 * this guards against a stale, truncated or foreign file, so the page can say so instead of failing.
 */
export function isQuizModel(data: unknown): data is QuizModel {
  if (!isRecord(data) || !Array.isArray(data['questions']) || data['questions'].length === 0) return false;
  const { scale, levels, signs, scripts, letters, figures, plan } = data;
  return (
    data['questions'].every((q) => isRecord(q) && typeof q['id'] === 'string' && typeof q['text'] === 'string') &&
    isRecord(scale) &&
    FREQUENCIES.every((f) => isRecord(scale[f])) &&
    isRecord(levels) &&
    LEVELS.every((l) => isRecord(levels[l])) &&
    isRecord(signs) &&
    isRecord(scripts) &&
    isRecord(letters) &&
    isRecord(figures) &&
    typeof figures['indemnity'] === 'number' &&
    isRecord(data['rates']) &&
    Array.isArray(data['rates']['halfYears']) &&
    isRecord(plan) &&
    Array.isArray(plan['notes']) &&
    isRecord(plan['checklist'])
  );
}

/**
 * Seconds a reader takes on one question: reading it, choosing, moving on. The review of
 * 2026-12-07 timed about 7 s on average (25 questions in about 3 minutes); 10 leaves time to
 * think about a real client.
 */
const SECONDS_PER_QUESTION = 10;

/**
 * How long the questionnaire is, for its introduction: the questions everyone answers, all those a
 * reader can be asked (follow-ups and exit questions included), and the minutes that takes.
 */
export function questionnaireLength(model: QuizModel): { fewest: number; most: number; minutes: number } {
  const most = model.questions.length;
  return { fewest: visibleQuestions(model, {}).length, most, minutes: Math.ceil((most * SECONDS_PER_QUESTION) / 60) };
}
