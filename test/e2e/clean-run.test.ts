import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchProblems } from '../support/clean-run';
import { completeQuiz } from '../support/quiz-driver';
import { useSite } from '../support/site-session';
import { privateClipboard } from '../support/clipboard';

/** Flows that run clean under the real headers (every page as it loads: page-sweep.test.ts). */
const site = useSite();
const watch = (context: BrowserContext, page: Page) => watchProblems(context, page, site.url);

describe('a clean run under the real headers', () => {
  test('the pages are sent with the security headers of dist/_headers', async () => {
    const { page, context } = await site.page();
    const response = await page.goto(`${site.url}/signes/ne-paie-pas/`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    await context.close();
  });

  test('a search, from the header to a result, runs clean', async () => {
    const { page, context } = await site.page();
    const problems = await watch(context, page);
    await page.goto(`${site.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('il ne me paie pas');
    await page.locator('dialog .search-hit').first().waitFor();
    await page.locator('dialog .search-hit__link').first().click();
    await page.waitForURL(/\/signes\//);
    await page.goto(`${site.url}/recherche/?q=pr%C3%A9avis`);
    await page.locator('main .search-hit').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the self-assessment, from the first question to the copied and downloaded letter, runs clean', async () => {
    const { page, context } = await site.page({ acceptDownloads: true });
    await privateClipboard(context);
    const problems = await watch(context, page);
    await page.goto(`${site.url}/diagnostic/`);
    await completeQuiz(page, { retards: 'toujours', montant: 900 }, { clientName: 'Hélène' });
    await page.getByRole('button', { name: 'Copier en courriel' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tout télécharger (.txt)' }).click()]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
