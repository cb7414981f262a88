import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHECKLIST_STORAGE_KEY } from '../../src/lib/storage-keys';
import { INVISIBLE_SHIFT, layoutShift } from '../support/layout-shift';
import { useSite } from '../support/site-session';
import { privateClipboard } from '../support/clipboard';

const site = useSite();

/**
 * What a reader sees on landing from a deep link: the bar naming the page (empty when hidden),
 * where the heading is, and what is marked: the texts of the marked element's headings, and
 * whether the first block after the heading is inside it.
 */
const landing = (page: Page) =>
  page.evaluate(() => {
    const heading = document.querySelector(':target');
    const found = document.querySelector<HTMLElement>('.deep-link-context');
    const bar = found?.checkVisibility({ visibilityProperty: true }) ? found : undefined;
    // The target's ancestors painted as marked: tinted, with the accent line (a shadow).
    const ancestors: Element[] = [];
    for (let el = heading?.parentElement; el && el !== document.body; el = el.parentElement) ancestors.push(el);
    const marked = ancestors.filter((el) => {
      const style = getComputedStyle(el);
      return style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.boxShadow !== 'none';
    });
    const wrapper = heading?.closest('.heading-wrapper') ?? heading;
    return {
      bar: bar?.innerText.replace(/\s+/g, ' ').trim() ?? '',
      headingTop: heading?.getBoundingClientRect().top ?? -1,
      barBottom: bar?.getBoundingClientRect().bottom ?? 0,
      marked: marked.map((el) => [...el.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim())),
      markedHoldsText: marked.length === 1 && !!wrapper?.nextElementSibling && marked[0]!.contains(wrapper.nextElementSibling),
    };
  });

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

  test('lands from a deep link into a rung, one of its facts, a step or the calculator below a bar naming the page, its section marked', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 700 } });
    for (const [path, bar, heading] of [
      [
        '/se-faire-payer/mise-en-demeure/#ce-que-la-lettre-doit-contenir',
        'Se faire payer · Échelon 2 sur 12 La mise en demeure',
        'Ce que la lettre doit contenir',
      ],
      ['/se-faire-payer/relances/#ce-que-cela-coute', 'Se faire payer · Échelon 1 sur 12 Les relances', 'Ce que cela coûte'],
      [
        '/rompre/donner-un-preavis/#ce-que-prevoit-votre-contrat',
        'Partir proprement · Étape 5 sur 15 Donner un préavis raisonnable',
        'Ce que prévoit votre contrat',
      ],
      ['/outils/penalites-de-retard/#methode', 'Outil Calculer les pénalités de retard', 'La méthode'],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      const seen = await landing(page);
      expect(seen.bar.replace(/\u00a0/g, ' '), path).toBe(bar);
      // The heading is just under the bar, not hidden behind it.
      expect(seen.headingTop, path).toBeGreaterThanOrEqual(seen.barBottom);
      expect(seen.headingTop, path).toBeLessThan(seen.barBottom + 40);
      // Its section alone is marked, the text under the heading included.
      expect(seen.marked, path).toEqual([[heading]]);
      expect(seen.markedHoldsText, path).toBe(true);
    }
    // Without an anchor: no bar, nothing marked.
    await page.goto(`${site.url}/se-faire-payer/mise-en-demeure/`);
    expect(await landing(page)).toMatchObject({ bar: '', marked: [] });
    await context.close();
  });

  test('on a touch screen, taps a 44 × 44 px « Copier le lien » beside a heading, and nothing moves', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    // Already on the section: the tap then only copies, and its note is all that changes.
    await page.goto(`${site.url}/se-faire-payer/mise-en-demeure/#ce-que-la-lettre-doit-contenir`);
    const link = page.getByRole('link', { name: 'Copier le lien de la section « Ce que la lettre doit contenir »' });
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const label = link.locator('.heading-link__touch');
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toBe('Copier le lien');
    // Where the heading and the text after it are on the page, whatever the scroll.
    const places = () =>
      link.evaluate((a) => {
        const wrapper = a.parentElement!;
        return [wrapper.firstElementChild!, wrapper.nextElementSibling!].map((el) => Math.round(el.getBoundingClientRect().top + scrollY));
      });
    const before = await places();
    await link.tap();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.url}/se-faire-payer/mise-en-demeure/#ce-que-la-lettre-doit-contenir`,
    );
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('"Lien copié"');
    expect(await places()).toEqual(before);
    await context.close();
  });

  test('lands from a deep link on a touch phone without a shift, its scripts running late', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const url = `${site.url}/se-faire-payer/mise-en-demeure/#ce-que-la-lettre-doit-contenir`;
    const shift = await layoutShift(page, url, { lateScripts: { delayMs: 1000, cpuSlowdown: 4 } });
    expect(shift).toBeLessThan(INVISIBLE_SHIFT);
    await context.close();
  });

  test('follows a deep link to one step of the exit process', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 700 } });
    await page.goto(`${site.url}/rompre/#donner-un-preavis`);
    const box = await page.locator('#donner-un-preavis').boundingBox();
    expect(box!.y).toBeLessThan(100);
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(await landing(page)).toMatchObject({
      bar: 'Rompre avec un client, étape par étape',
      marked: [['Étape 5. Donner un préavis raisonnable']],
    });
    await context.close();
  });

  test('finds the exit checklist’s ticks after a reload, on this device, and clears them on request', async () => {
    const { page, context, errors } = await site.page();
    await page.goto(`${site.url}/rompre/`);
    const checklist = page.locator('section.checklist');
    const ticked = () => checklist.locator('input[type="checkbox"]:checked').count();
    expect(await checklist.getByText('Vos coches sont gardées sur cet appareil').isVisible()).toBe(true);
    const first = checklist.getByRole('checkbox').first();
    const last = checklist.getByRole('checkbox').last();
    await first.check();
    await last.check();
    await page.reload();
    expect(await ticked()).toBe(2);
    expect(await first.isChecked()).toBe(true);
    expect(await last.isChecked()).toBe(true);

    await checklist.getByRole('button', { name: 'Tout décocher' }).click();
    expect(await ticked()).toBe(0);
    expect(await checklist.getByRole('status').textContent()).toBe('Toutes les cases sont décochées.');
    await checklist.getByRole('button', { name: 'Annuler' }).click();
    expect(await ticked()).toBe(2);
    await checklist.getByRole('button', { name: 'Tout décocher' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), CHECKLIST_STORAGE_KEY)).toBeNull();

    // Whatever storage holds (test/unit/checklist-state.test.ts tries the rest), the page breaks on nothing.
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"ticked":["'), CHECKLIST_STORAGE_KEY);
    await page.reload();
    expect(await ticked()).toBe(0);
    expect(errors).toEqual([]);
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
    // Without a script nothing is kept: the page does not say otherwise.
    expect(await page.getByText('Vos coches sont gardées sur cet appareil').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tout décocher' }).isVisible()).toBe(false);
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
