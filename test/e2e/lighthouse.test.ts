import { describe, expect, inject, test } from 'vitest';
import { runLighthouse } from '../support/lighthouse';
import { useSite } from '../support/site-session';

const site = useSite();

// Performance is measured by `npm run bench`, not asserted: it is noisy on a shared 2-core machine.
// Lighthouse drives the run's shared Chromium through its DevTools port (test/support/global-setup.ts).
describe('Lighthouse 13, mobile', () => {
  test.each(['/', '/signes/paie-en-retard/', '/diagnostic/', '/outils/penalites-de-retard/', '/recherche/'])(
    '%s scores 100 in accessibility, best practices and SEO',
    async (path) => {
      const scores = await runLighthouse(`${site.url}${path}`, inject('debuggingPort'));
      expect(scores.failures).toEqual([]);
      expect({ accessibility: scores.accessibility, 'best-practices': scores['best-practices'], seo: scores.seo }).toEqual({
        accessibility: 100,
        'best-practices': 100,
        seo: 100,
      });
    },
    120_000,
  );
});
