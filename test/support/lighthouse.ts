import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Failing audits of the asserted categories, to say why a score is not 100. */
  failures: string[];
}

/** Lighthouse (mobile, its default) on one URL, in the Chromium listening on `port`. */
async function audit(url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failures = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}/${ref.id}: ${audits[ref.id]?.title ?? ''}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    failures,
  };
}

/**
 * Runs Lighthouse on one URL, in a Chromium already listening on `port` (the test run's shared
 * one), or else in one of its own, launched for this run (the benchmark).
 */
export async function runLighthouse(url: string, port?: number): Promise<LighthouseScores> {
  if (port !== undefined) return audit(url, port);
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: chromeFlags() });
  try {
    return await audit(url, chrome.port);
  } finally {
    chrome.kill();
  }
}
