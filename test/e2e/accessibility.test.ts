import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site';
import { builtModel, completeQuiz, optionLabel } from '../support/quiz-driver';
import { useSite } from '../support/site-session';

const site = useSite();
const paths = builtPages().map((p) => (p.path === '/404.html' ? '/page-inconnue/' : p.path));
const model = builtModel();

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  test.each(paths)('%s has no violation', async (path) => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}${path}`);
    if (path === '/diagnostic/') await page.locator('.quiz-screen').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('the self-assessment has no violation at any step: question, error, check screen, letter fields, result', async () => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}/diagnostic/`);
    await page.locator('.quiz-screen').waitFor();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    await page.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('radio', { name: optionLabel(model, model.questions[0]!.id, 'souvent') }).check();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    expect(await violations(page)).toEqual([]);
    await completeQuiz(page, { retards: 'toujours', montant: 800 }, { clientName: 'Hélène' }, async () => {
      expect(await violations(page)).toEqual([]);
      // An invoice row with its error messages.
      await page
        .getByRole('group', { name: 'Facture 1' })
        .getByLabel(/Montant restant dû/)
        .fill('-800');
      expect(await violations(page)).toEqual([]);
    });
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tout effacer de cet appareil' }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vérifier ou modifier mes réponses' }).click();
    await page.locator('#verification').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('the result for a client at fault, with its choice of how to leave and its two letters, has no violation', async () => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}/diagnostic/`);
    await completeQuiz(page, { respect: 'souvent' }, { clientName: 'Hélène' }, async () => {
      expect(await violations(page)).toEqual([]);
    });
    expect(await page.locator('.quiz-exit-mode').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
