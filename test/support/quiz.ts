import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseYaml } from '../../src/lib/yaml';
import { buildResult, type ExitMode, type QuizResult } from '../../src/lib/quiz/compose';
import type { InvoiceDraft } from '../../src/lib/case/invoices';
import { buildQuizModel, type Answers, type LetterFields, type QuizModel } from '../../src/lib/quiz/model';
import type { IsoDate } from '../../src/lib/case/calendar';
import { computeVerdict } from '../../src/lib/quiz/scoring';
import { lettersSchema, type LettersData } from '../../src/schemas/letters';
import { planSchema, type PlanData } from '../../src/schemas/plan';
import { quizSchema, type QuizData } from '../../src/schemas/quiz';
import { signSchema } from '../../src/schemas/sign';
import { scriptSchema } from '../../src/schemas/script';
import { ratesSchema } from '../../src/schemas/rates';
import { contentDir, readMdxCollection, validate } from './content';

export const signs = validate(signSchema, readMdxCollection(join(contentDir, 'signes')));
export const scripts = validate(scriptSchema, readMdxCollection(join(contentDir, 'scripts')));
export const quizData: QuizData = quizSchema.parse(parseYaml(readFileSync(join(contentDir, 'diagnostic.yaml'), 'utf8')));
export const letters: LettersData = lettersSchema.parse(parseYaml(readFileSync(join(contentDir, 'courriers.yaml'), 'utf8')));
export const plan: PlanData = planSchema.parse(parseYaml(readFileSync(join(contentDir, 'plan.yaml'), 'utf8')));

/** The real rate table of content/taux.yaml, whose legal figures fill the words' blanks. */
export const rates = ratesSchema.parse(parseYaml(readFileSync(join(contentDir, 'taux.yaml'), 'utf8')));

/** The model the island receives, built from the real content. */
export const model: QuizModel = buildQuizModel(quizData, { signs, scripts, letters, plan, rates });

/** Every sign question answered "jamais", then the given answers on top. */
export function answersWith(overrides: Answers): Answers {
  const base: Answers = Object.fromEntries(model.questions.filter((q) => q.kind === 'signe').map((q) => [q.id, 'jamais']));
  return { ...base, ...overrides };
}

export interface Case {
  answers: Answers;
  fields?: LetterFields;
  invoices?: InvoiceDraft[];
  exitMode?: ExitMode | undefined;
  today?: IsoDate;
}

/** Everything the result screen shows for one case, as the island derives it. */
export function resultFor(c: Case, today: IsoDate = c.today ?? '2026-11-26'): QuizResult {
  return buildResult(
    model,
    { answers: c.answers, fields: c.fields ?? {}, invoices: c.invoices ?? [], exitMode: c.exitMode },
    today,
    computeVerdict(model, c.answers),
  );
}
