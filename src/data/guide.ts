import { readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkGuide, formatProblems, type Entry } from '../lib/content-checks';
import { stepIdFromFileName } from '../lib/content-files';
import { checkLegalFactDates } from '../lib/legal-checks';
import { FAMILIES, type Family } from '../lib/families';
import { checkQuiz } from '../lib/quiz/checks';
import { localToday } from '../lib/case/calendar';
import { buildQuizModel, type QuizModel } from '../lib/quiz/model';
import type { QuizData } from '../schemas/quiz';
import type { LettersData } from '../schemas/letters';
import type { PlanData } from '../schemas/plan';
import { getRates } from './rates';

export type Sign = CollectionEntry<'signes'>;
export type Script = CollectionEntry<'scripts'>;
export type Step = CollectionEntry<'etapes'>;
export type Rung = CollectionEntry<'recouvrement'>;
export type Source = CollectionEntry<'sources'>;
export type LegalFact = CollectionEntry<'droit'>;

export interface Guide {
  signs: Sign[];
  scripts: Script[];
  steps: Step[];
  /** The recovery ladder, in order. */
  rungs: Rung[];
  sources: Source[];
  legal: LegalFact[];
  quiz: QuizData;
  letters: LettersData;
  /** The self-assessment's notes and dated checklist. */
  plan: PlanData;
}

const located = <E extends { id: string; filePath?: string; data: unknown }>(entry: E, collection: string): Entry<E['data']> => ({
  id: entry.id,
  file: entry.filePath ?? `content/${collection}/${entry.id}`,
  data: entry.data,
});

async function loadGuide(): Promise<Guide> {
  const [signs, scripts, steps, rungs, sources, legal, [quiz], [letters], [plan]] = await Promise.all([
    getCollection('signes'),
    getCollection('scripts'),
    getCollection('etapes'),
    getCollection('recouvrement'),
    getCollection('sources'),
    getCollection('droit'),
    getCollection('diagnostic'),
    getCollection('courriers'),
    getCollection('plan'),
  ]);
  if (!quiz) throw new Error('content/diagnostic.yaml est introuvable ou vide');
  if (!letters) throw new Error('content/courriers.yaml est introuvable ou vide');
  if (!plan) throw new Error('content/plan.yaml est introuvable ou vide');
  // Ids as the file names give them, before the loader silently merges two files with the same id.
  const fileIds = ['etapes', 'recouvrement'].flatMap((collection) =>
    readdirSync(`content/${collection}`)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ collection, id: stepIdFromFileName(f), file: `content/${collection}/${f}` })),
  );
  const problems = checkGuide({
    signs: signs.map((e) => located(e, 'signes')),
    scripts: scripts.map((e) => located(e, 'scripts')),
    steps: steps.map((e) => located(e, 'etapes')),
    rungs: rungs.map((e) => located(e, 'recouvrement')),
    sourceIds: sources.map((s) => s.id),
    legalIds: legal.map((l) => l.id),
    letters: { id: 'courriers', file: 'content/courriers.yaml', data: letters.data },
    plan: { id: 'plan', file: 'content/plan.yaml', data: plan.data },
    fileIds,
  });
  problems.push(
    ...checkQuiz(
      'content/diagnostic.yaml',
      quiz.data,
      signs.map((s) => ({ id: s.id, dealBreaker: s.data.dealBreaker })),
      scripts.map((s) => ({ id: s.id, kind: s.data.kind })),
    ),
    // A fact "checked" on a day still to come is a typo that would hide its age.
    ...checkLegalFactDates('content/droit.yaml', legal, localToday()),
  );
  // Failing here fails `astro build`: a broken reference never reaches a reader.
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const familyRank = (f: Family) => FAMILIES.indexOf(f);
  return {
    signs: signs.sort((a, b) => familyRank(a.data.family) - familyRank(b.data.family) || a.data.order - b.data.order),
    scripts: scripts.sort((a, b) => a.data.order - b.data.order),
    steps: steps.sort((a, b) => a.data.order - b.data.order),
    rungs: rungs.sort((a, b) => a.data.order - b.data.order),
    sources: sources.sort((a, b) => a.data.seed.localeCompare(b.data.seed)),
    legal,
    quiz: quiz.data,
    letters: letters.data,
    plan: plan.data,
  };
}

let guide: Promise<Guide> | undefined;
/** The whole guide, checked once per build and shared by every page. */
export const getGuide = () => (guide ??= loadGuide());

export const byId = <T extends { id: string }>(entries: T[], id: string): T => {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`Entrée introuvable : ${id}`);
  return found;
};

/** The script that sets a boundary before any exit (the only one of kind "limite", checked at load). */
export const boundaryScript = (guide: Guide): Script => {
  const found = guide.scripts.find((s) => s.data.kind === 'limite');
  if (!found) throw new Error('Aucun script de type « limite » dans content/scripts/');
  return found;
};

/** The signs whose exit script is this one. */
export const signsLeadingTo = (guide: Guide, script: Script): Sign[] => guide.signs.filter((s) => s.data.script === script.id);

let quizModel: Promise<QuizModel> | undefined;
/** The self-assessment's model, built once per build for its page and its JSON file. */
export const getQuizModel = () =>
  (quizModel ??= Promise.all([getGuide(), getRates()]).then(([guide, rates]) => buildQuizModel(guide.quiz, { ...guide, rates })));
