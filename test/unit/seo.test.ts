import { describe, expect, test } from 'vitest';
import { documentTitle, SITE_NAME, titleInSection } from '../../src/lib/seo';

describe('documentTitle', () => {
  test('adds the site name after the page title', () => {
    expect(documentTitle('Les scripts')).toBe(`Les scripts · ${SITE_NAME}`);
    expect(documentTitle(SITE_NAME)).toBe(SITE_NAME);
  });
  test("keeps a long title whole and drops the site name, rather than cut the page's own words", () => {
    expect(documentTitle('Nos chemins se séparent\u00a0: quitter un client fidèle sans fermer la porte')).toBe(
      'Nos chemins se séparent\u00a0: quitter un client fidèle sans fermer la porte',
    );
    expect(documentTitle('Il paie en retard, et c’est devenu une habitude qui pèse sur votre trésorerie')).toBe(
      'Il paie en retard, et c’est devenu une habitude qui pèse sur votre trésorerie',
    );
  });
  test('adds the site name whenever the whole still fits in 70 characters', () => {
    for (const title of ['x'.repeat(120), 'mot '.repeat(30).trim(), 'Un titre moyen qui tient presque dans la place']) {
      const full = documentTitle(title);
      expect(full.startsWith(title)).toBe(true);
      expect(full === title || full.length <= 70).toBe(true);
    }
    expect(documentTitle('x'.repeat(46))).toBe(`${'x'.repeat(46)} · ${SITE_NAME}`);
    expect(documentTitle('x'.repeat(47))).toBe('x'.repeat(47));
  });
});

describe('titleInSection', () => {
  test('names the section after a short title, and leaves a long one alone', () => {
    expect(titleInSection('La prescription', 'se faire payer')).toBe('La prescription\u00a0: se faire payer');
    expect(titleInSection('La procédure simplifiée de recouvrement des petites créances', 'se faire payer')).toBe(
      'La procédure simplifiée de recouvrement des petites créances',
    );
  });
});
