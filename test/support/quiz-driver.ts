import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { visibleQuestions, type Answers, type QuizModel, type QuizQuestion } from '../../src/lib/quiz/model';
import { serializeState, STORAGE_KEY } from '../../src/lib/quiz/state';
import { distDir } from './built-site';

/** The questionnaire as built, so tests answer by question id whatever the order. */
export const builtModel = (): QuizModel => JSON.parse(readFileSync(join(distDir, 'diagnostic', 'modele.json'), 'utf8')) as QuizModel;

/** The label a person clicks for an answer value. */
export function optionLabel(model: QuizModel, questionId: string, value: string): string {
  const q = model.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`question inconnue : ${questionId}`);
  if (q.kind === 'signe')
    return value === 'inconnu'
      ? model.unsureLabel
      : (q.answers[value as keyof typeof q.answers] ?? model.scale[value as keyof QuizModel['scale']].label);
  if (q.kind === 'choix' || q.kind === 'confirmation') {
    const option = q.options.find((o) => o.value === value);
    if (!option) throw new Error(`réponse inconnue : ${questionId}=${value}`);
    return option.label;
  }
  throw new Error('question numérique');
}

/** The question on screen, found by its heading. */
export async function currentQuestion(page: Page, model: QuizModel) {
  const text = (await page.locator('.quiz-screen legend h2').textContent())?.trim();
  const q = model.questions.find((x) => x.text === text);
  if (!q) throw new Error(`question à l’écran introuvable : ${text}`);
  return q;
}

/** Text as read: French no-break spaces as plain spaces, line breaks of the source collapsed. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The answer a test gives a question it names no answer for: "jamais", the first option, or 0. */
export const defaultAnswer = (q: QuizQuestion): string | number =>
  q.kind === 'nombre' ? 0 : q.kind === 'signe' ? 'jamais' : (q.options[0]?.value ?? '');

/** Answers the question on screen with the mouse, as given or by default, and moves on with `button`. */
export async function answerCurrent(
  page: Page,
  model: QuizModel,
  answers: Record<string, string | number> = {},
  button = 'Question suivante',
) {
  const q = await currentQuestion(page, model);
  const answer = answers[q.id] ?? defaultAnswer(q);
  if (q.kind === 'nombre') await page.getByLabel(/Montant dû/).fill(String(answer));
  else await page.getByRole('radio', { name: optionLabel(model, q.id, String(answer)), exact: true }).check();
  await page.getByRole('button', { name: button, exact: true }).click();
}

/**
 * Answers every question with the mouse: the given answers, "jamais" or the first option
 * elsewhere, 0 for amounts; passes the check screen, opens the result, then fills the letter
 * fields that sit beside the letters (`onResult` runs before, e.g. to type invoices).
 */
export async function completeQuiz(
  page: Page,
  answers: Record<string, string | number>,
  fields: Record<string, string> = {},
  onResult?: () => Promise<void>,
) {
  const model = builtModel();
  await page.locator('.quiz-screen').waitFor();
  while (await page.locator('.quiz-screen legend h2').count()) await answerCurrent(page, model, answers);
  await page.locator('#verification').waitFor();
  await page.getByRole('button', { name: 'Voir mon résultat' }).first().click();
  await page.locator('#verdict').waitFor();
  await onResult?.();
  for (const [field, value] of Object.entries(fields))
    await page.getByLabel(model.letterFields[field as keyof QuizModel['letterFields']], { exact: true }).fill(value);
}

/** The answers a walk through the quiz would give: the given ones where asked, the default elsewhere. */
export function walkedAnswers(model: QuizModel, given: Record<string, string | number>): Answers {
  const answers: Answers = {};
  for (;;) {
    const open = visibleQuestions(model, answers).find((q) => answers[q.id] === undefined);
    if (!open) return answers;
    answers[open.id] = given[open.id] ?? defaultAnswer(open);
  }
}

/**
 * Opens the self-assessment as a returning reader finds it: these answers saved on this device,
 * on this screen (never past the first unanswered question). For tests about a screen rather
 * than the way to it: walking the questions costs seconds per test.
 */
export async function openSaved(page: Page, siteUrl: string, answers: Answers, position: number) {
  const state = serializeState(builtModel(), { answers, fields: {}, invoices: [], position });
  // Any page of the site's origin holds its storage: a light one, and an HTML one (a text file
  // makes Chromium ask for /favicon.ico, a 404 that tests watching for errors would count).
  await page.goto(`${siteUrl}/mentions-legales/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, state] as const);
  await page.goto(`${siteUrl}/diagnostic/`);
}

/** Opens the check-answers screen of a complete walk: the given answers, the default elsewhere. */
export async function openCheck(page: Page, siteUrl: string, answers: Record<string, string | number>) {
  const model = builtModel();
  const walked = walkedAnswers(model, answers);
  await openSaved(page, siteUrl, walked, visibleQuestions(model, walked).length);
  await page.locator('#verification').waitFor();
}

/**
 * Opens the result as a returning reader finds it: the answers saved on this device, the page
 * opened on its result, then the letter fields typed. The same result as `completeQuiz`, for
 * tests about the result rather than the way to it.
 */
export async function openResult(
  page: Page,
  siteUrl: string,
  answers: Record<string, string | number>,
  fields: Record<string, string> = {},
  onResult?: () => Promise<void>,
) {
  const model = builtModel();
  await openSaved(page, siteUrl, walkedAnswers(model, answers), 1000);
  await page.locator('#verdict').waitFor();
  await onResult?.();
  for (const [field, value] of Object.entries(fields))
    await page.getByLabel(model.letterFields[field as keyof QuizModel['letterFields']], { exact: true }).fill(value);
}

/** The controls a reader sees in the page's main part (on screen, or on paper under print media): none on a printed result. */
export const visibleControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main :is(input, button, select, textarea, summary, .button-link)')]
      .filter((element) => element.checkVisibility())
      .map((element) => element.outerHTML.slice(0, 120)),
  );
