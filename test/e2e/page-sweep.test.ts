import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { builtPages } from '../support/built-site';
import { watchProblems } from '../support/clean-run';
import { useSite } from '../support/site-session';

/**
 * Every built page, loaded once: it runs clean under the real headers, axe finds nothing at a
 * laptop's width, and at 320 CSS pixels (WCAG 1.4.10, a 1280 px window zoomed 400 %) nothing
 * scrolls sideways. The dark theme is the same markup under other colours: axe checks it on one
 * page of each kind.
 */
const site = useSite();
const paths = builtPages().map((p) => (p.path === '/404.html' ? '/page-inconnue/' : p.path));

/** "/signes/" and "/signes/x/" are two kinds of page: a section's index and one of its pages. */
const kindOf = (path: string) => {
  const [section = '', ...rest] = path.split('/').filter(Boolean);
  return rest.length > 0 ? `${section}/*` : section;
};
const onePerKind = [...new Map(paths.map((path) => [kindOf(path), path])).values()];

const LAPTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };

async function load(page: Page, path: string) {
  await page.goto(`${site.url}${path}`);
  if (path === '/diagnostic/') await page.locator('.quiz-screen').waitFor();
}

/** The widest elements that stick out of the viewport, to say what overflows. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.sr-only, dialog:not([open])'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });

describe(`every built page (${paths.length}), light theme`, () => {
  let page: Page;
  let context: BrowserContext;
  let problems: string[];
  beforeAll(async () => {
    ({ page, context } = await site.page({ viewport: NARROW, colorScheme: 'light' }));
    problems = await watchProblems(context, page, site.url);
  });
  afterAll(() => context.close());

  test.each(paths)('%s: no sideways scroll at 320 px, no axe violation, a clean run', async (path) => {
    const before = problems.length;
    await page.setViewportSize(NARROW);
    await load(page, path);
    const { scrollWidth, wide } = await overflow(page);
    expect(scrollWidth, wide.join(', ')).toBeLessThanOrEqual(NARROW.width);
    await page.setViewportSize(LAPTOP);
    expect(await axeViolations(page)).toEqual([]);
    const found = problems.slice(before);
    // The 404 page is, by design, served with a 404 status, which Chromium logs once.
    expect(path === '/page-inconnue/' ? found.filter((p) => !/status of 404/.test(p)) : found).toEqual([]);
  });
});

describe(`one page of each kind (${onePerKind.length}), dark theme`, () => {
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    ({ page, context } = await site.page({ viewport: LAPTOP, colorScheme: 'dark' }));
  });
  afterAll(() => context.close());

  test('covers the index and the pages of every section', () => {
    expect(onePerKind).toEqual(
      expect.arrayContaining(['/', '/signes/', '/diagnostic/', '/outils/penalites-de-retard/', '/page-inconnue/']),
    );
    expect(onePerKind.some((p) => p.startsWith('/signes/') && p !== '/signes/')).toBe(true);
  });

  test.each(onePerKind)('%s has no axe violation', async (path) => {
    await load(page, path);
    expect(await axeViolations(page)).toEqual([]);
  });
});
