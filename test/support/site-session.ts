import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser';
import { assertBuilt } from './built-site';
import { shiftClockTo, TEST_NOW } from './clock';

/**
 * The built site and the run's shared Chromium (test/support/global-setup.ts), around a test
 * file. Each page gets its own context, whose clock reads TEST_NOW, and collects console errors
 * and failed requests so a test can assert the page ran cleanly.
 */
export function useSite() {
  const state = { browser: undefined as Browser | undefined };

  beforeAll(async () => {
    assertBuilt();
    state.browser = await connectBrowser(inject('debuggingPort'));
  });
  afterAll(async () => {
    // Closes this file's contexts and connection; the browser itself lives for the whole run.
    await state.browser?.close();
  });

  return {
    get url() {
      return inject('siteUrl');
    },
    async page(options: BrowserContextOptions = {}) {
      if (!state.browser) throw new Error('le navigateur n’est pas connecté');
      const context = await state.browser.newContext({ locale: 'fr-FR', ...options });
      await context.addInitScript(shiftClockTo, TEST_NOW);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('requestfailed', (req) => {
        // A request cut short by the next navigation (a favicon, say) is not a failure of the site.
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`échec : ${req.url()} (${req.failure()?.errorText})`);
      });
      return { page, context, errors };
    },
  };
}
