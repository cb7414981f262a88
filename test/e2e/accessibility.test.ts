import { describe, expect, test } from 'vitest';
import { axeViolations as violations } from '../support/axe';
import { builtModel, completeQuiz, openResult, optionLabel } from '../support/quiz-driver';
import { useSite } from '../support/site-session';

/** What the islands draw after the page has loaded (every page as it loads: page-sweep.test.ts). */
const site = useSite();
const model = builtModel();

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
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
});

// The same screens as above with other words: the light theme is enough.
describe('axe, light theme', () => {
  test('the result for a client at fault, with its choice of how to leave and its two letters, has no violation', async () => {
    const { page, context } = await site.page({ colorScheme: 'light' });
    await openResult(page, site.url, { respect: 'souvent' }, { clientName: 'Hélène' }, async () => {
      expect(await violations(page)).toEqual([]);
    });
    expect(await page.locator('.quiz-exit-mode').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
