import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site';
import { completeQuiz } from '../support/quiz-driver';
import { useSite } from '../support/site-session';

const site = useSite();

/**
 * Everything that would show a page misbehaving: CSP violations, console errors, failed or
 * erroring requests, and any request that leaves the site's own origin.
 */
async function watch(context: BrowserContext, page: Page) {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP: ${e.violatedDirective} bloque ${e.blockedURI || 'un élément en ligne'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console : ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`erreur : ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== site.url) problems.push(`autre origine : ${req.url()}`);
  });
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`échec : ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/page-inconnue/')) problems.push(`${res.status()} : ${res.url()}`);
  });
  return problems;
}

describe('a clean run under the real headers', () => {
  test('every built page loads with no CSP violation, console error, failed request or third-party request', async () => {
    const { page, context } = await site.page();
    const problems = await watch(context, page);
    for (const { path } of builtPages()) {
      const unknown = path === '/404.html';
      const before = problems.length;
      await page.goto(`${site.url}${unknown ? '/page-inconnue/' : path}`, { waitUntil: 'networkidle' });
      // The 404 page is, by design, served with a 404 status, which Chromium logs once.
      if (unknown && problems.length === before + 1 && /status of 404/.test(problems.at(-1) ?? '')) problems.pop();
    }
    expect(problems).toEqual([]);
    await context.close();
  });

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
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const problems = await watch(context, page);
    await page.goto(`${site.url}/diagnostic/`);
    await completeQuiz(page, { retards: 'toujours', montant: 900 }, { clientName: 'Hélène' });
    await page.getByRole('button', { name: 'Copier en courriel' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tout télécharger (.txt)' }).click()]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
