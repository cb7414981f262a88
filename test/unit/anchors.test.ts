import { describe, expect, test } from 'vitest';
import { toAnchor } from '../../src/lib/anchors';
import { stepIdFromFileName } from '../../src/lib/content-files';

describe('toAnchor', () => {
  test('drops accents and punctuation, keeps words joined by hyphens', () => {
    expect(toAnchor('À quoi on le reconnaît ?')).toBe('a-quoi-on-le-reconnait');
  });
  test('splits on apostrophes, straight or curly', () => {
    expect(toAnchor('Qu’est-ce que c’est')).toBe('qu-est-ce-que-c-est');
    expect(toAnchor("L'indemnité de 40 €")).toBe('l-indemnite-de-40');
  });
  test('spells out ligatures', () => {
    expect(toAnchor('Cœur et æther')).toBe('coeur-et-aether');
  });
  test('never leaves leading or trailing hyphens', () => {
    expect(toAnchor('  « Tenir bon » !  ')).toBe('tenir-bon');
  });
});

describe('stepIdFromFileName', () => {
  test('removes the ordering number and the extension', () => {
    expect(stepIdFromFileName('03-preparer-la-conversation.mdx')).toBe('preparer-la-conversation');
  });
  test('keeps numbers that are part of the name', () => {
    expect(stepIdFromFileName('10-facture-finale-2.mdx')).toBe('facture-finale-2');
  });
});
