import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site';
import { openResult } from '../support/quiz-driver';
import { useSite } from '../support/site-session';

const site = useSite();

describe('without JavaScript', () => {
  test('every page reads and navigates', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    for (const { path } of builtPages().filter((p) => p.path !== '/404.html')) {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('h1').isVisible(), path).toBe(true);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(200);
      expect(await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').count(), path).toBe(6);
    }
    await context.close();
  });

  test('the header search field leads to a search page that points somewhere useful', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.url}/signes/`);
    await page.locator('#header-q').fill('préavis');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/recherche\/\?q=pr%C3%A9avis$/);
    const help = page.locator('main .callout');
    expect(await help.isVisible()).toBe(true);
    expect(await help.getByRole('link', { name: 'les signes qui doivent vous alerter' }).getAttribute('href')).toBe('/signes/');
    expect(await help.getByRole('link', { name: 'le diagnostic', exact: true }).getAttribute('href')).toBe('/diagnostic/');
    await context.close();
  });
});

describe('print', () => {
  test.each([
    ['/signes/paie-en-retard/', '#symptomes'],
    ['/scripts/apres-des-impayes/', '#texte-lettre'],
    // Arrived by a deep link: the bar that names the page stays on screen, not on paper.
    ['/rompre/#liste-de-controle', '.checklist'],
    ['/rompre/organiser-la-transition/', '.checklist'],
  ])('%s prints its words without the navigation', async (path, content) => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    for (const control of ['.copy-button, .print-button', '.deep-link-context', '.saved-checklist']) {
      expect(await page.locator(control).first().isVisible(), control).toBe(false);
    }
    expect(await page.locator(content).isVisible()).toBe(true);
    expect((await page.pdf()).length).toBeGreaterThan(1000);
    await context.close();
  });

  test('/sources/ prints its collapsed lists open', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/sources/`);
    const link = page.locator('main details a').first();
    expect(await link.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(true);
    await context.close();
  });

  test('the self-assessment prints the result and the letter, not the controls', async () => {
    const { page, context } = await site.page();
    await openResult(page, site.url, { retards: 'toujours' }, { clientName: 'Hélène' });
    const body = await page.locator('.quiz-document textarea >> nth=0').inputValue();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.paper-version').isVisible()).toBe(false);
    expect(await page.locator('.quiz-actions').first().isVisible()).toBe(false);
    expect(await page.locator('#verdict').isVisible()).toBe(true);
    const printed = page.locator('.print-only');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toContain(body.split('\n')[0] ?? '');
    await context.close();
  });
});
