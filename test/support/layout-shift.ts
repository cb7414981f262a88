import type { Page } from 'playwright-core';

/**
 * The layout shift a test tolerates: none a reader could see. Chrome scores a shift as the share of
 * the screen that moved times the distance it moved; 0.001 is a 1 px move of a tenth of a phone's
 * screen, a hundredth of what Core Web Vitals call "good" (0.1). Sub-pixel rounding of a font or
 * a border may score a few ten-thousandths; a block that appears or grows scores far more.
 */
export const INVISIBLE_SHIFT = 0.001;

export interface ShiftOptions {
  /** How long to keep watching once the page is loaded and idle. */
  settleMs?: number;
  /**
   * Hold every script file this long, and slow the CPU: the page is painted first and its scripts
   * run late, as on a slow phone, whatever the load of the machine running the test.
   */
  lateScripts?: { delayMs: number; cpuSlowdown: number };
}

/** Sum of the layout shifts of a load, read once the page has settled; the page then runs at full speed again. */
export async function layoutShift(page: Page, url: string, { settleMs = 300, lateScripts }: ShiftOptions = {}): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = lateScripts ? await page.context().newCDPSession(page) : undefined;
  if (cdp && lateScripts) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: lateScripts.cpuSlowdown });
    await page.route(/\.m?js(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, lateScripts.delayMs));
      await route.continue();
    });
  }
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(settleMs);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  if (cdp) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    await page.unrouteAll();
  }
  return shift;
}
