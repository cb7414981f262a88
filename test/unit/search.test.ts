import { describe, expect, test } from 'vitest';
import { excerptParts, pageCount, queryFromSearch, searchPageUrl, searchStatus, toHit } from '../../src/lib/search';

describe('search helpers', () => {
  test('the search page URL carries the query, encoded, and nothing else', () => {
    expect(searchPageUrl('préavis & délai')).toBe('/recherche/?q=pr%C3%A9avis%20%26%20d%C3%A9lai');
    expect(searchPageUrl('  ')).toBe('/recherche/');
    expect(queryFromSearch('?q=pr%C3%A9avis%20%26%20d%C3%A9lai')).toBe('préavis & délai');
    expect(queryFromSearch('?utm=x')).toBe('');
  });

  test('splits an excerpt into text runs, decoding entities and dropping any other markup', () => {
    expect(excerptParts('Il <mark>paie</mark> en retard &amp; &lt;souvent&gt; <b>x</b>')).toEqual([
      { text: 'Il ', mark: false },
      { text: 'paie', mark: true },
      { text: ' en retard & <souvent> x', mark: false },
    ]);
  });

  test('keeps up to three matching sections with anchors, not the page itself', () => {
    const hit = toHit({
      url: '/signes/paie-en-retard/',
      excerpt: 'x',
      meta: { title: 'Il paie en retard', type: 'Signe' },
      sub_results: [
        { title: 'Il paie en retard', url: '/signes/paie-en-retard/', excerpt: 'a' },
        { title: 'Symptômes', url: '/signes/paie-en-retard/#symptomes', excerpt: 'b' },
        { title: 'Loi', url: '/signes/paie-en-retard/#ce-que-dit-la-loi', excerpt: 'c' },
        { title: 'Partir', url: '/signes/paie-en-retard/#quand-partir', excerpt: 'd' },
        { title: 'Mots', url: '/signes/paie-en-retard/#les-mots-pour-le-dire', excerpt: 'e' },
      ],
    });
    expect(hit.type).toBe('Signe');
    expect(hit.sections.map((s) => s.url.split('#')[1])).toEqual(['symptomes', 'ce-que-dit-la-loi', 'quand-partir']);
  });

  test('shows the summary, not the hidden search terms, when Pagefind quotes those', () => {
    const hit = toHit({
      url: '/signes/paie-en-retard/',
      excerpt: 'relance · <mark>mauvais</mark> <mark>payeur</mark> · pénalités',
      meta: { title: 'Il paie en retard', type: 'Signe', summary: 'Un retard isolé arrive à tout le monde.' },
      sub_results: [
        {
          title: 'Ce que dit la loi',
          url: '/signes/paie-en-retard/#ce-que-dit-la-loi',
          excerpt: 'relance · <mark>mauvais</mark> <mark>payeur</mark>',
        },
        { title: 'Symptômes', url: '/signes/paie-en-retard/#symptomes', excerpt: 'un <mark>payeur</mark> lent' },
      ],
    });
    expect(hit.excerpt).toEqual([{ text: 'Un retard isolé arrive à tout le monde.', mark: false }]);
    expect(hit.sections.map((s) => s.title)).toEqual(['Symptômes']);
  });

  test('counts pages, in French, whatever number of sections they list', () => {
    expect(pageCount(1)).toBe('1 page');
    expect(pageCount(5)).toBe('5 pages');
    expect(searchStatus(0, 'xylophone')).toBe('Aucune page pour «\u00a0xylophone\u00a0»');
    expect(searchStatus(1, 'insultes')).toBe('1 page pour «\u00a0insultes\u00a0»');
    expect(searchStatus(20, 'client ne répond plus')).toBe('20 pages pour «\u00a0client ne répond plus\u00a0»');
  });
});
