/**
 * The small template language the guide's letters and conversations are written in.
 *
 * - A text is a string, or a list of variants: the first whose `when` conditions all hold is
 *   used, so a clause that does not apply is replaced by the alternative written beside it,
 *   never silently dropped. A variant whose text is "" drops an optional line on purpose.
 * - `{je|nous}` inside a text picks the first form for someone working alone, the second for
 *   a team: « {J'ai|Nous avons} décidé ».
 * - `[Blank]` marks a value the composer fills, or leaves visible for the user to complete.
 */

/** One wording, used when all its conditions hold ("!name" holds when "name" does not). */
export interface Variant {
  when?: string[] | undefined;
  text: string;
}
export type Text = string | Variant[];

/** The conditions that hold for one situation, e.g. "equipe", "projet", "signe:paie-en-retard". */
export type Flags = ReadonlySet<string>;

export const holds = (condition: string, flags: Flags): boolean =>
  condition.startsWith('!') ? !flags.has(condition.slice(1)) : flags.has(condition);

/** The wording that applies, or undefined when no variant does. */
export function pickVariant(text: Text, flags: Flags): string | undefined {
  if (typeof text === 'string') return text;
  return text.find((v) => (v.when ?? []).every((c) => holds(c, flags)))?.text;
}

const VOICE = /\{([^{}|]*)\|([^{}|]*)\}/g;

/** `{je|nous}` → the form for a solo worker or for a team. */
export const applyVoice = (text: string, team: boolean): string =>
  text.replace(VOICE, (_, solo: string, plural: string) => (team ? plural : solo));

/** Every condition name a text refers to (without "!"). */
export const conditionsOf = (text: Text): string[] =>
  typeof text === 'string' ? [] : text.flatMap((v) => (v.when ?? []).map((c) => c.replace(/^!/, '')));

/** Every wording a text can take, for checks that must hold in all of them. */
export const allWordings = (text: Text): string[] => (typeof text === 'string' ? [text] : text.map((v) => v.text));

/** Braces that are not a well-formed `{solo|team}` pair, for the content checks. */
export function voiceProblems(text: string): string[] {
  const rest = text.replace(VOICE, '');
  return /[{}|]/.test(rest) ? [`accolade ou barre isolée : seules les paires {je|nous} sont permises`] : [];
}

const BLANK = /\[[^\]\n]+\]/g;

/**
 * Fills every blank in one pass: a value is inserted as text and never read again, so a
 * name typed as "[Montant dû]" or "$&" stays exactly what was typed. Unknown or unfilled
 * blanks stay visible.
 */
export const fillBlanks = (text: string, values: ReadonlyMap<string, string>): string =>
  text
    .split('\n')
    // A line that is only a blank filled with nothing (an optional business name) goes with it;
    // inside a sentence, such a blank stays visible rather than leave a hole.
    .filter((line) => values.get(line.trim()) !== '')
    .join('\n')
    .replace(BLANK, (blank) => values.get(blank) || blank);
