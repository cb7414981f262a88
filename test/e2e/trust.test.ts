import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from '../support/built-site';
import { contentDir, readMdxCollection, readStepCollection } from '../support/content';
import { formatIsoDateFr } from '../../src/lib/dates';

const pages = builtPages().map((page) => ({ ...page, doc: parse(readPage(page.file)) }));
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} n’a pas été construite`);
  return found.doc;
};

/** Every content page with the date its front matter gives. */
const dated = [
  ...readMdxCollection(join(contentDir, 'signes')).map((e) => ({ path: `/signes/${e.id}/`, data: e.data })),
  ...readMdxCollection(join(contentDir, 'scripts')).map((e) => ({ path: `/scripts/${e.id}/`, data: e.data })),
  ...readStepCollection(join(contentDir, 'etapes')).map((e) => ({ path: `/rompre/${e.id}/`, data: e.data })),
  ...readStepCollection(join(contentDir, 'recouvrement')).map((e) => ({ path: `/se-faire-payer/${e.id}/`, data: e.data })),
].map(({ path, data }) => ({ path, updatedOn: (data as { updatedOn: string }).updatedOn }));

describe('trust', () => {
  test.each(dated.map((d) => [d.path, d.updatedOn] as const))(
    '%s says when it was last updated, from its front matter (%s)',
    (path, updatedOn) => {
      const time = page(path).querySelector('.page-info time');
      expect(time?.getAttribute('datetime')).toBe(updatedOn);
      expect(time?.text).toBe(formatIsoDateFr(updatedOn));
    },
  );

  test.each(pages.map((p) => [p.path, p] as const))(
    '%s offers a mailto: to report a mistake, with its own address in the message',
    (path, { doc }) => {
      const link = doc.querySelectorAll('.page-info a').find((a) => a.getAttribute('href')?.startsWith('mailto:'));
      expect(link, 'lien « Signalez-le par courriel »').toBeDefined();
      const body = new URL(link!.getAttribute('href')!).searchParams.get('body') ?? '';
      const address = path === '/404.html' ? 'https://rompre-avec-un-client.fr/404' : `https://rompre-avec-un-client.fr${path}`;
      expect(body).toContain(`Page : ${address}`);
    },
  );

  test.each(pages.map((p) => [p.path, p] as const))('%s links to the about page and the legal notice in its footer', (_path, { doc }) => {
    const hrefs = doc.querySelectorAll('.site-footer a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/a-propos/', '/mentions-legales/']));
  });

  test('the legal notice names the publisher, the publication director and the host, or says plainly what is missing', () => {
    const doc = page('/mentions-legales/');
    expect(doc.querySelectorAll('h2').map((h) => h.text.trim())).toEqual(
      expect.arrayContaining(['Éditeur', 'Directeur de la publication', 'Hébergeur', 'Données personnelles']),
    );
    for (const value of doc.querySelectorAll('dd, #directeur-de-la-publication ~ p')) {
      expect(value.text.trim().length, value.toString()).toBeGreaterThan(0);
    }
  });

  test('the about page lists every legal fact with the day it was last verified', () => {
    const doc = page('/a-propos/');
    const facts = doc.querySelectorAll('.verified-facts dd');
    expect(facts.length).toBeGreaterThanOrEqual(11);
    for (const fact of facts) expect(fact.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
