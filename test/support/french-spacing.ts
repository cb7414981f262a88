/**
 * French wants a no-break space before « : ; ! ? » » and after « « », so that the sign never
 * starts a line alone. Returns each place where an ordinary space stands instead, with some
 * context, so a failure says where to look.
 */
export function spacingProblems(text: string): string[] {
  return [...text.matchAll(/ [:;!?»]|« /g)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 12).replace(/\s+/g, ' '));
}

/** Elements whose text is not prose a reader sees: code, scripts, styles. */
export const NOT_PROSE = ['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template'];

/** Attributes a reader sees or hears. */
export const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
