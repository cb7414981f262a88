/**
 * The words of a text as the shared copy checker (`shared/tools/seed-overlap.mjs`) sees them:
 * lower case, accents stripped, apostrophes unified, split on anything but [a-z0-9] (an
 * apostrophe ends a word: « l'heure » is « l » then « heure »). Each word keeps its line and
 * its character offsets, so a shared run can be reported as file:line and tested against
 * the places where quoting is allowed.
 */
export interface Word {
  text: string;
  /** 1-based line of the word's first character. */
  line: number;
  /** Offsets of the word in the original text: [start, end). */
  start: number;
  end: number;
}

const APOSTROPHES = /[’‘`´']/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** One character as the checker normalises it: '' when it vanishes (a combining accent). */
function normalise(char: string): string {
  if (APOSTROPHES.test(char)) return "'";
  return char.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}

const isWordPart = (normalised: string) => /^[a-z0-9]+$/.test(normalised);

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let line = 1;
  let current: Word | undefined;
  let offset = 0;
  for (const char of text) {
    const normalised = normalise(char);
    if (isWordPart(normalised)) {
      current ??= { text: '', line, start: offset, end: offset };
      current.text += normalised;
      current.end = offset + char.length;
    } else if (normalised !== '' || char === '\n') {
      // a separator (space, punctuation, apostrophe, line break); a vanished accent is not one
      if (current) words.push(current);
      current = undefined;
    }
    if (char === '\n') line++;
    offset += char.length;
  }
  if (current) words.push(current);
  return words;
}
