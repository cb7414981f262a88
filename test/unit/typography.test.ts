import { describe, expect, test } from 'vitest';
import { frenchTypography, splitInvertedForms } from '../../src/lib/typography';

describe('frenchTypography', () => {
  test('turns straight apostrophes between letters into typographic ones', () => {
    expect(frenchTypography("C'est l'heure d'y aller")).toBe('C’est l’heure d’y aller');
  });
  test('glues ; ! ? to the previous word with a narrow no-break space', () => {
    expect(frenchTypography('Vraiment ? Oui ! Bon ; allons-y')).toBe('Vraiment\u202f? Oui\u202f! Bon\u202f; allons-y');
  });
  test('glues the colon with a no-break space, but leaves times and URLs alone', () => {
    expect(frenchTypography('Objet : facture')).toBe('Objet\u00a0: facture');
    expect(frenchTypography('à 10:30, voir https://exemple.fr')).toBe('à 10:30, voir https://exemple.fr');
  });
  test('keeps guillemets with their words, and amounts with their unit', () => {
    expect(frenchTypography('« Tenir bon » coûte 40 € ou 30 %')).toBe('«\u00a0Tenir bon\u00a0» coûte 40\u00a0€ ou 30\u00a0%');
  });
  test('keeps the digits of an amount together with a narrow no-break space', () => {
    expect(frenchTypography("jusqu'à 5 000 € et 1 250 000 €")).toBe('jusqu’à 5\u202f000\u00a0€ et 1\u202f250\u202f000\u00a0€');
    expect(frenchTypography('en 2026 30 factures')).toBe('en 2026 30 factures');
  });
  test('leaves placeholders untouched', () => {
    expect(frenchTypography('[Prénom du client]')).toBe('[Prénom du client]');
  });
});

describe('splitInvertedForms', () => {
  test('isolates each verb with its inverted pronoun, « -t- » included, and keeps every character', () => {
    const text = 'Ce client refuse-t-il ou repousse-t-il la signature ? Depuis quand travaillez-vous ensemble ?';
    const parts = splitInvertedForms(text);
    expect(parts.filter((_, i) => i % 2 === 1)).toEqual(['refuse-t-il', 'repousse-t-il', 'travaillez-vous']);
    expect(parts.join('')).toBe(text);
  });
  test('leaves other hyphenated words and plain text alone', () => {
    expect(splitInvertedForms('un peut-être, des allers-retours, rien')).toEqual(['un peut-être, des allers-retours, rien']);
    expect(splitInvertedForms('Vos échanges vous laissent-ils tendus ? Est-ce clair ?').filter((_, i) => i % 2)).toEqual([
      'laissent-ils',
      'Est-ce',
    ]);
  });
});
