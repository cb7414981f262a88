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
