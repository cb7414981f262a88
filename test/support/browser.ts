import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const chromePath = () => process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags for a quiet headless Chromium on a machine with no network beyond loopback. */
export const chromeFlags = () => [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Never skips: without a browser the tests fail and say how to get one (none is ever downloaded). */
function executablePath(): string {
  const path = chromePath();
  if (!existsSync(path)) {
    throw new Error(
      `Chromium est introuvable à ${path}. Installez-le (Debian : « apt-get install -y chromium ») ` +
        'ou indiquez son chemin dans la variable CHROME_PATH.',
    );
  }
  return path;
}

/** Launches the system's headless Chromium for this process alone (the benchmark). */
export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: executablePath(), args: chromeFlags() });

/**
 * Launches the one Chromium a test run shares (test/support/global-setup.ts). Test files and
 * Lighthouse drive it over its DevTools port: a direct connection, where Playwright's own
 * server would relay every message through the runner's process.
 */
export const launchSharedBrowser = (debuggingPort: number): Promise<BrowserServer> =>
  chromium.launchServer({ executablePath: executablePath(), args: [...chromeFlags(), `--remote-debugging-port=${debuggingPort}`] });

export const connectBrowser = (debuggingPort: number): Promise<Browser> => chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
