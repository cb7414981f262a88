import { describe, expect, test } from 'vitest';
import { documentTitle, SITE_NAME, titleInSection } from '../../src/lib/seo';

describe('documentTitle', () => {
  test('adds the site name after the page title', () => {
    expect(documentTitle('Les scripts')).toBe(`Les scripts · ${SITE_NAME}`);
    expect(documentTitle(SITE_NAME)).toBe(SITE_NAME);
  });
  test('keeps the subject of a long "subject : details" title, then the site name', () => {
    expect(documentTitle('Nos chemins se séparent\u00a0: quitter un client fidèle sans fermer la porte')).toBe(
      `Nos chemins se séparent · ${SITE_NAME}`,
    );
  });
  test('cuts a long title between words, never inside one, and keeps the site name', () => {
    expect(documentTitle('Il refuse de signer un contrat, ou fait comme s’il n’existait pas')).toBe(
      `Il refuse de signer un contrat, ou fait comme… · ${SITE_NAME}`,
    );
    expect(documentTitle('Il arrive en retard, annule et reporte sans cesse')).toBe(
      `Il arrive en retard, annule et reporte sans… · ${SITE_NAME}`,
    );
  });
  test('never exceeds 70 characters and always ends with the site name', () => {
    for (const title of ['x'.repeat(120), 'mot '.repeat(30), 'Un titre moyen qui tient presque dans la place']) {
      const full = documentTitle(title);
      expect(full.length).toBeLessThanOrEqual(70);
      expect(full.endsWith(` · ${SITE_NAME}`)).toBe(true);
    }
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
