import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './browser.ts';

export interface LighthouseScores {
  /** 0 when the audit left performance out (the test run: only the bench measures it). */
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Failing audits of the asserted categories, to say why a score is not 100. */
  failures: string[];
}

/** The categories a test asserts; performance, noisy on a shared machine and slow to trace, is the bench's. */
const ASSERTED = ['accessibility', 'best-practices', 'seo'];

/** Lighthouse (mobile, its default) on one URL, in the Chromium listening on `port`. */
async function audit(url: string, port: number, withPerformance: boolean): Promise<LighthouseScores> {
  const settings = withPerformance
    ? { onlyCategories: ['performance', ...ASSERTED] }
    : // Without timings to measure, the page need not sit idle for a second after loading.
      {
        onlyCategories: ASSERTED,
        pauseAfterLoadMs: 250,
        networkQuietThresholdMs: 250,
        cpuQuietThresholdMs: 250,
        disableFullPageScreenshot: true,
      };
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', ...settings });
  if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failures = ASSERTED.flatMap((id) =>
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
 * Runs Lighthouse on one URL: in a Chromium already listening on `port` (the test run's shared
 * one), without the performance category; or else, for the benchmark, in a Chromium of its own,
 * launched for this run, with every category.
 */
export async function runLighthouse(url: string, port?: number): Promise<LighthouseScores> {
  if (port !== undefined) return audit(url, port, false);
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: chromeFlags() });
  try {
    return await audit(url, chrome.port, true);
  } finally {
    chrome.kill();
  }
}
