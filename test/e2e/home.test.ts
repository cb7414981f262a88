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

describe('the late-payment calculator, where readers owed money are', () => {
  const calculator = '/outils/penalites-de-retard/';
  const page = (path: string) => {
    const built = builtPages().find((p) => p.path === path);
    if (!built) throw new Error(`${path} n’a pas été construite`);
    return parse(readPage(built.file));
  };
  const links = (root: ReturnType<typeof parse>, selector: string) =>
    root.querySelectorAll(`${selector} a`).map((a) => [a.text.trim(), a.getAttribute('href')]);

  test('in the menu of every page, as « Outils », marked current on its own page', () => {
    expect(links(doc, '.site-nav')).toContainEqual(['Outils', calculator]);
    expect(page(calculator).querySelector(`.site-nav a[href="${calculator}"]`)?.getAttribute('aria-current')).toBe('page');
  });

  test('on the home page, at the top of /se-faire-payer/, and on the mise en demeure rung', () => {
    expect(links(doc, '.ways')).toContainEqual(['Calculer ce qu’on vous doit', calculator]);
    expect(links(page('/se-faire-payer/'), '.page-header').map(([, href]) => href)).toContain(calculator);
    expect(links(page('/se-faire-payer/mise-en-demeure/'), 'main').map(([, href]) => href)).toContain(calculator);
  });

  test('in « L’essentiel » of the two money signs, and of no other', () => {
    for (const path of signPages) {
      const offered = links(page(path), '.essentials').some(([, href]) => href === calculator);
      expect([path, offered]).toEqual([path, ['/signes/paie-en-retard/', '/signes/ne-paie-pas/'].includes(path)]);
    }
  });
});
