import type { BrowserContext } from 'playwright-core';

/**
 * A clipboard of this context's own, which the site writes through `navigator.clipboard` as usual:
 * the shared Chromium has one system clipboard, and a test file running beside this one may copy
 * into it between a copy and its check.
 */
export async function privateClipboard(context: BrowserContext) {
  await context.addInitScript(() => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return;
    let copied = '';
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => {
        copied = String(text);
      },
    });
    Object.defineProperty(clipboard, 'readText', { configurable: true, value: async () => copied });
  });
}
