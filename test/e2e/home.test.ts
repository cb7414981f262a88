import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from '../support/built-site';
import { useSite } from '../support/site-session';

const home = builtPages().find((p) => p.path === '/');
if (!home) throw new Error('la page d’accueil n’a pas été construite');
const doc = parse(readPage(home.file));
const signPages = builtPages()
  .map((p) => p.path)
  .filter((path) => /^\/signes\/[^/]+\/$/.test(path));

describe('the home page, for someone in trouble', () => {
  test('leads with the common situations, then the self-assessment, then every sign by family', () => {
    expect(doc.querySelectorAll('main h2').map((h) => h.text.trim())).toEqual([
      'Ce qui vous arrive',
      'Pas sûr de ce qu’il faut faire\u202f?',
      'Tous les signes, par famille',
      'Quand la décision est prise',
    ]);
  });

  test('offers four situations in the reader’s words, each leading to a sign page and a close one', () => {
    const situations = doc.querySelectorAll('.situation');
    expect(situations.map((s) => s.querySelector('h3')?.text.trim())).toEqual([
      'Il ne me paie pas',
      'Il en demande toujours plus',
      'Il me manque de respect',
      'Nous nous sommes éloignés',
    ]);
    for (const situation of situations) {
      const links = situation.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toHaveLength(2);
      for (const href of links) expect(signPages).toContain(href);
    }
  });

  test('lists every sign in the families below', () => {
    const listed = doc.querySelectorAll('.families a').map((a) => a.getAttribute('href'));
    expect([...listed].sort()).toEqual([...signPages].sort());
  });

  describe('on a phone', () => {
    const site = useSite();
    test('the first situation is on the first screen, and the others follow without scrolling sideways', async () => {
      const { page, context } = await site.page({ viewport: { width: 390, height: 844 } });
      await page.goto(`${site.url}/`);
      const first = await page.getByRole('link', { name: 'Il ne me paie pas' }).boundingBox();
      expect(first && first.y + first.height).toBeLessThan(844);
      await context.close();
    });
  });
});
