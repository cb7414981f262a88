import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-session';
import { privateClipboard } from '../support/clipboard';

const site = useSite();

describe('a reader', () => {
  test('goes from the home page to a sign, to its script, and copies the letter', async () => {
    const { page, context, errors } = await site.page();
    await privateClipboard(context);
    await page.goto(`${site.url}/`);
    // The home page opens with the situations readers name first.
    await page.getByRole('link', { name: 'Il ne me paie pas' }).click();
    expect(page.url()).toBe(`${site.url}/signes/ne-paie-pas/`);
    expect(await page.locator('#symptomes + *, #symptomes ~ *').count()).toBeGreaterThan(0);

    await page.locator('#les-mots-pour-le-dire').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="les-mots-pour-le-dire"] a[href^="/scripts/"]').click();
    expect(page.url()).toMatch(/\/scripts\/apres-des-impayes\/$/);

    await page.getByRole('button', { name: 'Copier la version écrite' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Objet\u00a0: /);
    expect(copied).toContain('[Factures impayées]');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copié' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('copies a link to the sign from its page', async () => {
    const { page, context } = await site.page();
    await privateClipboard(context);
    await page.goto(`${site.url}/signes/paie-en-retard/`);
    await page.getByRole('button', { name: 'Copier le lien de cette page' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/signes/paie-en-retard/`);
    await context.close();
  });

  test('follows a deep link straight to a section of a sign', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 700 } });
    await page.goto(`${site.url}/signes/ne-respecte-pas-votre-temps/#quand-partir`);
    const heading = page.locator('#quand-partir');
    expect(await heading.textContent()).toBe('Quand il est temps de partir');
    const box = await heading.boundingBox();
    expect(box).not.toBeNull();
    // The target heading is at the top of the viewport, not merely somewhere on the page.
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(100);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await context.close();
  });

  test('follows a deep link to one step of the exit process', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 700 } });
    await page.goto(`${site.url}/rompre/#donner-un-preavis`);
    const box = await page.locator('#donner-un-preavis').boundingBox();
    expect(box!.y).toBeLessThan(100);
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    await context.close();
  });

  test('reads and navigates the whole guide with JavaScript disabled', async () => {
    const { page, context } = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.url}/signes/comportement-abusif/`);
    expect(await page.locator('#symptomes').isVisible()).toBe(true);
    expect(await page.locator('section[aria-labelledby="symptomes"] li').count()).toBeGreaterThanOrEqual(3);
    // Buttons that need a script stay out of the way.
    expect(await page.getByRole('button', { name: 'Copier le lien de cette page' }).isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Partir proprement' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rompre avec un client, étape par étape');
    expect(await page.locator('.checklist input[type="checkbox"]').count()).toBeGreaterThanOrEqual(13);
    await context.close();
  });

  test('finds a helpful page behind an unknown URL', async () => {
    const { page, context } = await site.page();
    const response = await page.goto(`${site.url}/signes/client-qui-nexiste-pas/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('link', { name: 'Les signes qui doivent vous alerter' }).count()).toBe(1);
    await context.close();
  });
});
