import { describe, expect, test } from 'vitest';
import { pageKind, previewImagePath } from '../../src/lib/preview';

describe('previewImagePath', () => {
  test('gives each page its own PNG under /apercus/', () => {
    expect(previewImagePath('/')).toBe('/apercus/accueil.png');
    expect(previewImagePath('/signes/ne-paie-pas/')).toBe('/apercus/signes/ne-paie-pas.png');
    expect(previewImagePath('/signes/')).toBe('/apercus/signes.png');
    expect(previewImagePath('/404.html')).toBe('/apercus/404.png');
  });
});

describe('pageKind', () => {
  test('names a section index and an entry of that section differently', () => {
    expect(pageKind('/signes/')).toBe('Les signes d’alerte');
    expect(pageKind('/signes/ne-paie-pas/')).toBe('Signe d’alerte');
    expect(pageKind('/rompre/remercier/')).toBe('Étape pour rompre');
    expect(pageKind('/outils/penalites-de-retard/')).toBe('Outil');
  });
  test('calls any other page part of the guide', () => {
    expect(pageKind('/')).toBe('Guide pratique');
    expect(pageKind('/sources/')).toBe('Guide pratique');
  });
});
