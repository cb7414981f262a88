const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/**
 * French typography for text written with plain spaces and straight apostrophes:
 * typographic apostrophes, and no-break spaces where French wants them, so that
 * « ? », « : » or « € » never start a line on their own, nor « 000 » in « 5 000 ».
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/ +([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/ +:(?=\s|$)/g, `${NBSP}:`)
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NARROW_NBSP}`)
    .replace(/(\d) +(€|%)/g, `$1${NBSP}$2`);
}

/**
 * A verb and its inverted pronoun (« repousse-t-il », « travaillez-vous ») read as one word and
 * must not break at their hyphens. Split with a capturing group: odd indices are those forms.
 */
const INVERTED = /(\p{L}+(?:-t)?-(?:je|tu|il|elle|on|nous|vous|ils|elles|ce)(?![\p{L}-]))/u;

/**
 * Text cut around its inverted verb–pronoun forms, for markup that keeps each of them on one
 * line (a no-wrap span): the characters stay as written, so copying, search and tests read the
 * same text. Even indices are the text between, odd indices the forms.
 */
export const splitInvertedForms = (text: string): string[] => text.split(INVERTED);
