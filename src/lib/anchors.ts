/**
 * Readable ASCII anchors for French headings: "À quoi on le reconnaît ?" → "a-quoi-on-le-reconnait".
 * Shared links then stay readable instead of carrying %C3%A0 escapes.
 */
export function toAnchor(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
