import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { assertBuilt, distDir } from './built-site';
import { serveStatic } from './static-server';

/**
 * Serves dist/ and launches Chromium around a test file. Collects console errors and
 * failed requests so a test can assert the page ran cleanly.
 */
export function useSite() {
  const state = { url: '', browser: undefined as Browser | undefined };
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    assertBuilt();
    const server = await serveStatic(distDir);
    state.url = server.url;
    close = server.close;
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await close?.();
  });

  return {
    get url() {
      return state.url;
    },
    async page(options: BrowserContextOptions = {}) {
      if (!state.browser) throw new Error('le navigateur n’est pas lancé');
      const context = await state.browser.newContext({ locale: 'fr-FR', ...options });
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
