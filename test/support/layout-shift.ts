import type { Page } from 'playwright-core';

/** Sum of the layout shifts of a load, read once the page has settled. */
export async function layoutShift(page: Page, url: string, settleMs = 300): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}
