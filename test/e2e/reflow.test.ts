import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-session';
import { encodeFormShare } from '../../src/lib/recovery/saved';
import { emptyForm, emptyInvoice } from '../../src/lib/recovery/form';

const threeInvoices = {
  ...emptyForm('2026-11-29'),
  invoices: [
    { ...emptyInvoice(), number: 'F-2025-07', amount: '5 000', due: '2025-06-15', payments: [{ date: '2025-12-01', amount: '1 500' }] },
    { ...emptyInvoice(), number: 'F-2026-031', amount: '1 200', due: '2026-10-01' },
    { ...emptyInvoice(), number: 'F-2026-038', amount: '450,50', due: '2026-10-02' },
  ],
};

/** What the islands draw, and the header, at a phone's width (every page as it loads: page-sweep.test.ts). */
const site = useSite();

describe('reflow of what the islands draw', () => {
  // Three invoices, one with a part payment: every amount is read on the phone without scrolling sideways.
  test.each([320, 390])('the late-payment statement shows every amount at %i px, without sideways scrolling', async (width) => {
    const { page, context } = await site.page({ viewport: { width, height: 800 } });
    await page.goto(`${site.url}/outils/penalites-de-retard/#${encodeFormShare(threeInvoices)}`);
    await page.locator('.calc-statement .calc-lines').nth(2).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const amounts = page.locator('.calc-statement :is(.calc-lines strong, .calc-invoice-summary, .calc-totals dd)');
    expect(await amounts.count()).toBeGreaterThan(10);
    for (const box of await amounts.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)))
      expect(box.right).toBeLessThanOrEqual(width);
    await context.close();
  });
});

describe('the header on a phone (390 px)', () => {
  test('takes a single line: the site name, the menu and the search field side by side', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    await context.close();
  });

  test('folds the navigation behind a "Menu" disclosure that opens from the keyboard, without script', async () => {
    const { page, context } = await site.page({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${site.url}/signes/`);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: 'Les signes' }).isVisible()).resolves.toBe(false);
    await nav.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: 'Les signes' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Les signes');
    await context.close();
  });

  test('shows every link in a row on a wide screen, with no menu button', async () => {
    const { page, context } = await site.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/`);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.locator('summary').isVisible()).toBe(false);
    const tops = await nav.getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops.length).toBe(6);
    expect(new Set(tops).size).toBe(1);
    await context.close();
  });
});

describe('the header, painted before the page is fully read', () => {
  // A slow phone may paint a page while its HTML is still arriving or being parsed: the header
  // must already have its final height, or everything below it moves when the rest comes in.
  test.each([
    ['a phone', 390],
    ['a wide screen', 1280],
  ])('keeps its final height on %s, whatever part of it has been read', async (_what, width) => {
    const { page, context } = await site.page({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const path = '/signes/paie-en-retard/';
    await page.goto(`${site.url}${path}`);
    const height = () => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    const full = await height();
    const html = await (await fetch(`${site.url}${path}`)).text();
    const start = html.indexOf('<header class="site-header"');
    const cuts = ['<nav', '<details', '<summary', '</summary>', '<ul', '</nav>', '</header>'].map((marker) => html.indexOf(marker, start));
    expect(cuts.every((at) => at > start)).toBe(true);
    // The page as read up to each cut, each at its own address so no cache serves another.
    await page.route(/\/page-lue-a-moitie\//, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: html.slice(0, cuts[Number(new URL(route.request().url()).searchParams.get('jusqua'))]),
      }),
    );
    const heights: number[] = [];
    for (const [i] of cuts.entries()) {
      await page.goto(`${site.url}/page-lue-a-moitie/?jusqua=${i}`);
      heights.push(await height());
    }
    expect(heights).toEqual(cuts.map(() => full));
    await context.close();
  });
});
