import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfer {
  requests: number;
  raw: number;
  /** What a host that gzips its responses sends (Pagefind's own files are already gzip: they barely change). */
  gzip: number;
  byType: Record<string, { raw: number; gzip: number }>;
}

/** Records every response the page receives while `action` runs, with its raw and gzip size. */
export async function measureTransfer(page: Page, action: () => Promise<unknown>): Promise<Transfer> {
  const transfer: Transfer = { requests: 0, raw: 0, gzip: 0, byType: {} };
  const pending: Promise<void>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const gzip = gzipSync(body, { level: 9 }).length;
          const type = response.request().resourceType();
          const entry = (transfer.byType[type] ??= { raw: 0, gzip: 0 });
          transfer.requests += 1;
          transfer.raw += body.length;
          transfer.gzip += gzip;
          entry.raw += body.length;
          entry.gzip += gzip;
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  try {
    await action();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } finally {
    page.off('response', listener);
  }
  return transfer;
}
