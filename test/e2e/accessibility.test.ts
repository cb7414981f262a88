import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site';
import { useSite } from '../support/site-session';

const site = useSite();
const paths = builtPages().map((p) => (p.path === '/404.html' ? '/page-inconnue/' : p.path));

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  test.each(paths)('%s has no violation', async (path) => {
    const { page, context } = await site.page({ colorScheme });
    await page.goto(`${site.url}${path}`);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
