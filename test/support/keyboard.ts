import type { Page } from 'playwright-core';

/** What has the focus: its tag, type, text, id and, for a field, its label. */
export async function activeDescription(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? (el.labels?.[0]?.textContent?.trim() ?? '') : '';
    return { tag: el?.tagName ?? '', type: el?.getAttribute('type') ?? '', text: el?.textContent?.trim() ?? '', id: el?.id ?? '', label };
  });
}

/** Presses Tab until the focused element matches; fails after 60 presses, saying what it looked for. */
export async function tabTo(page: Page, matches: (el: Awaited<ReturnType<typeof activeDescription>>) => boolean, what = 'élément') {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (matches(await activeDescription(page))) return;
  }
  throw new Error(`${what} introuvable au clavier`);
}

/**
 * Types a date into the focused date field. Its segments follow the browser's own language, not
 * the page's (headless Chromium shows month first), so the order is found by typing a probe first.
 */
export async function typeDate(page: Page, iso: string) {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const value = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  await page.keyboard.type('01022000');
  const dayFirst = (await value()) === '2000-02-01';
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
  if ((await value()) !== iso) throw new Error(`la date ${iso} n’a pas pu être tapée (lu : ${await value()})`);
}
