import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchSharedBrowser } from './browser';
import { distDir } from './built-site';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where dist/ is served, with its _headers; empty before a build. */
    siteUrl: string;
    /** The shared Chromium's DevTools port, for the test files and Lighthouse. */
    debuggingPort: number;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('aucun port libre'))));
    });
  });

/**
 * One static server and one Chromium for the whole end-to-end run, instead of one per test file.
 * Before a build there is nothing to serve: the files that need the site then fail, saying to
 * build (test/support/site-session.ts), while the fixture builds still run.
 */
export default async function setup(project: TestProject) {
  const built = existsSync(join(distDir, 'index.html'));
  const server = built ? await serveStatic(distDir) : undefined;
  const debuggingPort = await freePort();
  const browser = await launchSharedBrowser(debuggingPort);
  project.provide('siteUrl', server?.url ?? '');
  project.provide('debuggingPort', debuggingPort);
  return async () => {
    await browser.close();
    await server?.close();
  };
}
