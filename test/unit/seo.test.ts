import { describe, expect, test } from 'vitest';
import { documentTitle, SITE_NAME, titleInSection } from '../../src/lib/seo';

describe('documentTitle', () => {
  test('adds the site name when it fits in 70 characters', () => {
    expect(documentTitle('Les scripts')).toBe(`Les scripts · ${SITE_NAME}`);
    expect(documentTitle(SITE_NAME)).toBe(SITE_NAME);
  });
  test('keeps a long title alone, or the subject of a very long "subject : details" title', () => {
    expect(documentTitle('Il refuse de signer un contrat, ou fait comme s’il n’existait pas')).toBe(
      'Il refuse de signer un contrat, ou fait comme s’il n’existait pas',
    );
    expect(documentTitle('Nos chemins se séparent : quitter un client fidèle sans fermer la porte, vraiment')).toBe(
      'Nos chemins se séparent',
    );
  });
  test('never exceeds 70 characters', () => {
    expect(documentTitle('x'.repeat(120)).length).toBeLessThanOrEqual(70);
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
