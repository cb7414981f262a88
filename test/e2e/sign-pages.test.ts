import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INVISIBLE_SHIFT, layoutShift } from '../support/layout-shift';
import { contentDir } from '../support/content';
import { axeViolations } from '../support/axe';
import { useSite } from '../support/site-session';
import { privateClipboard } from '../support/clipboard';

const site = useSite();

const SIGNS = readdirSync(join(contentDir, 'signes'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe('a sign page gives the answer first', () => {
  test.each([
    ['a phone', PHONE],
    ['a wide screen', DESKTOP],
  ])(`shows “L’essentiel” on the first screen of all ${SIGNS.length} signs, on %s`, async (_name, viewport) => {
    const { page, context } = await site.page({ viewport });
    const late: string[] = [];
    for (const sign of SIGNS) {
      await page.goto(`${site.url}/signes/${sign}/`);
      const box = page.getByRole('region', { name: 'L’essentiel' });
      const heading = await box.getByRole('heading', { level: 2 }).boundingBox();
      const summary = await box.locator('.essentials__summary').boundingBox();
      if (!heading || !summary || summary.y + 20 > viewport.height) late.push(`${sign} : ${summary?.y ?? 'absent'}`);
    }
    expect(late).toEqual([]);
    await context.close();
  });

  test('says what to do now and links to the self-assessment and the sign’s own script', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/signes/ne-paie-pas/`);
    const box = page.getByRole('region', { name: 'L’essentiel' });
    expect(await box.textContent()).toMatch(/À faire maintenant\u00a0: Arrêtez tout nouveau travail/);
    expect(await box.getByRole('link', { name: 'Faire le diagnostic sur ce client' }).getAttribute('href')).toBe('/diagnostic/');
    expect(await box.getByRole('link', { name: /^Après des impayés/ }).getAttribute('href')).toBe('/scripts/apres-des-impayes/');
    // The summary is said once, in the box, not again as the lead.
    expect(await page.locator('main .lead').count()).toBe(0);
    await context.close();
  });

  test('lists its sections above the text on a phone, beside it on a wide screen', async () => {
    const { page, context } = await site.page({ viewport: PHONE });
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    const tocBox = (await toc.boundingBox())!;
    const firstSection = (await page.locator('#symptomes').boundingBox())!;
    expect(tocBox.y + tocBox.height).toBeLessThan(firstSection.y);
    const targets = await toc.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(targets.slice(0, 4)).toEqual(['#symptomes', '#pourquoi-c-est-important', '#a-tenter-d-abord', '#quand-partir']);
    for (const hash of targets) expect(await page.locator(hash).count(), hash).toBe(1);

    await page.setViewportSize(DESKTOP);
    const wide = (await toc.boundingBox())!;
    const text = (await page.locator('#symptomes').boundingBox())!;
    expect(wide.x).toBeGreaterThan(text.x + 500);
    expect(wide.x + wide.width).toBeLessThanOrEqual(DESKTOP.width);
    // Beside the text, it stays in view while the reader scrolls, and marks the section being read.
    await page.locator('#les-mots-pour-le-dire').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('les-mots-pour-le-dire')!.scrollIntoView());
    await expect.poll(() => toc.locator('[aria-current="location"]').textContent()).toBe('Les mots pour le dire');
    expect(await toc.isVisible()).toBe(true);
    expect((await toc.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
    await context.close();
  });

  test.each([
    ['a phone', PHONE],
    ['a wide screen', DESKTOP],
  ])('does not shift when its scripts run late, on %s (the link copy button keeps its place)', async (_name, viewport) => {
    const { page, context } = await site.page({ viewport });
    const shift = await layoutShift(page, `${site.url}/signes/paie-en-retard/`, { lateScripts: { delayMs: 1000, cpuSlowdown: 4 } });
    expect(shift).toBeLessThan(INVISIBLE_SHIFT);
    expect(await page.getByRole('button', { name: 'Copier le lien de cette page' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('a deep link lands well', () => {
  test('below a margin, its section highlighted, with the page’s title and sign in view', async () => {
    const { page, context } = await site.page({ viewport: PHONE });
    await page.goto(`${site.url}/signes/paie-en-retard/#quand-partir`);
    const heading = (await page.locator('#quand-partir').boundingBox())!;
    const bar = page.locator('.deep-link-context');
    const barBox = (await bar.boundingBox())!;
    expect(barBox.y).toBe(0);
    expect(await bar.textContent()).toContain('Il paie en retard');
    expect(await bar.textContent()).toContain('Signe · Argent · Sérieux');
    // The heading sits below the bar, with air, not flush with the top edge.
    expect(heading.y).toBeGreaterThanOrEqual(barBox.height + 8);
    expect(heading.y).toBeLessThan(150);
    const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    const highlighted = await background('section[aria-labelledby="quand-partir"]');
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background('section[aria-labelledby="symptomes"]')).toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  test('on a script page too: contents list, and the script’s title in view on arrival', async () => {
    const { page, context } = await site.page({ viewport: PHONE });
    await page.goto(`${site.url}/scripts/apres-des-impayes/#la-version-ecrite`);
    const bar = page.locator('.deep-link-context');
    expect(await bar.boundingBox()).toMatchObject({ y: 0 });
    expect(await bar.textContent()).toContain('Après des impayés');
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    expect(await toc.getByRole('link', { name: 'La version écrite' }).getAttribute('href')).toBe('#la-version-ecrite');
    await context.close();
  });

  test('without an anchor, no bar takes room at the top', async () => {
    const { page, context } = await site.page({ viewport: PHONE });
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    expect(await page.locator('.deep-link-context').isVisible()).toBe(false);
    await context.close();
  });

  test('a deal-breaker’s “tout de suite” section has a matching id, and its former anchor still lands there', async () => {
    const { page, context } = await site.page({ viewport: PHONE });
    await page.goto(`${site.url}/signes/ne-paie-pas/#a-tenter-d-abord`);
    const heading = page.getByRole('heading', { name: 'Ce qu’il faut faire tout de suite' });
    expect(await heading.getAttribute('id')).toBe('a-faire-tout-de-suite');
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(200);
    const section = page.locator('section[aria-labelledby="a-faire-tout-de-suite"]');
    expect(await section.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  test('each section heading copies a link to itself, anchor included, and says so', async () => {
    const { page, context } = await site.page({ viewport: DESKTOP });
    await privateClipboard(context);
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    const control = page.getByRole('link', { name: 'Copier le lien de la section « Quand il est temps de partir »' });
    await control.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/signes/paie-en-retard/#quand-partir`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Lien de la section copié' }).count()).toBe(1);
    expect(await control.getAttribute('data-copied')).toBe('Lien copié');
    expect(new URL(page.url()).hash).toBe('#quand-partir');
    await context.close();
  });

  test('the same control on a step page, whose headings come from MDX', async () => {
    const { page, context } = await site.page({ viewport: DESKTOP });
    await privateClipboard(context);
    await page.goto(`${site.url}/rompre/donner-un-preavis/`);
    const control = page.locator('main a.heading-link').first();
    const hash = await control.evaluate((a) => (a as HTMLAnchorElement).hash);
    expect(await control.locator('.sr-only').textContent()).toMatch(/^Copier le lien de la section «\s.+\s»$/);
    await control.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/rompre/donner-un-preavis/${hash}`);
    await context.close();
  });
});

test.each(['light', 'dark'] as const)('axe finds nothing on a deep-linked sign page, bar and highlight shown (%s)', async (colorScheme) => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, context } = await site.page({ colorScheme, viewport });
    await page.goto(`${site.url}/signes/ne-paie-pas/#a-tenter-d-abord`);
    await page.locator('.page-toc [aria-current]').first().waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }
});
