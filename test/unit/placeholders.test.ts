import { describe, expect, test } from 'vitest';
import { findPlaceholders, isKnownPlaceholder, PLACEHOLDERS, splitOnPlaceholders } from '../../src/lib/placeholders';

describe('placeholders', () => {
  test('finds every bracketed blank in order', () => {
    expect(findPlaceholders('Bonjour [Prénom du client], le [Date du dernier jour] puis [Foo].')).toEqual([
      '[Prénom du client]',
      '[Date du dernier jour]',
      '[Foo]',
    ]);
  });
  test('knows only the blanks the self-assessment can fill', () => {
    expect(isKnownPlaceholder(PLACEHOLDERS.amountDue)).toBe(true);
    expect(isKnownPlaceholder('[Prénom]')).toBe(false);
  });
  test('splits text into plain and placeholder parts, marking only known blanks', () => {
    expect(splitOnPlaceholders('Merci [Prénom du client] [sic].')).toEqual([
      { text: 'Merci ', placeholder: false },
      { text: '[Prénom du client]', placeholder: true },
      { text: ' ', placeholder: false },
      { text: '[sic]', placeholder: false },
      { text: '.', placeholder: false },
    ]);
  });
});
