import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/**
 * Launches the system's headless Chromium. Never skips: without a browser the test fails
 * and says how to get one (no browser is ever downloaded).
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium est introuvable à ${executablePath}. Installez-le (Debian : « apt-get install -y chromium ») ` +
        'ou indiquez son chemin dans la variable CHROME_PATH.',
    );
  }
  return chromium.launch({ executablePath, args: chromeFlags() });
}
