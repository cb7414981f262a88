import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildQuizModel, type Answers, type QuizModel } from '../../src/lib/quiz/model';
import { quizSchema, type QuizData } from '../../src/schemas/quiz';
import { signSchema } from '../../src/schemas/sign';
import { scriptSchema } from '../../src/schemas/script';
import { contentDir, readMdxCollection, validate } from './content';

export const signs = validate(signSchema, readMdxCollection(join(contentDir, 'signes')));
export const scripts = validate(scriptSchema, readMdxCollection(join(contentDir, 'scripts')));
export const quizData: QuizData = quizSchema.parse(parse(readFileSync(join(contentDir, 'diagnostic.yaml'), 'utf8')));

/** The model the island receives, built from the real content. */
export const model: QuizModel = buildQuizModel(quizData, { signs, scripts });

/** Every sign question answered "jamais", then the given answers on top. */
export function answersWith(overrides: Answers): Answers {
  const base: Answers = Object.fromEntries(model.questions.filter((q) => q.kind === 'signe').map((q) => [q.id, 'jamais']));
  return { ...base, ...overrides };
}
