import { applyVoice, fillBlanks, pickVariant, type Flags, type Text } from './template';
import type { Role } from './vocabulary';

/** A conversation line or a letter paragraph, once any shared paragraph it `use`s is resolved. */
export interface LineText {
  role: Role;
  step: string;
  say: Text;
}
export interface BlockText {
  role: Role;
  text: Text;
}
export interface LetterText {
  subject: Text;
  blocks: BlockText[];
}

/** The words for one situation: who speaks ("je" or "nous"), which conditions hold, what fills each blank. */
export interface Situation {
  flags: Flags;
  values: ReadonlyMap<string, string>;
}

/** A text in this situation: "" when its variants say it does not apply. */
export function renderText(text: Text, { flags, values }: Situation): string {
  const wording = pickVariant(text, flags) ?? '';
  // Voice first, blanks last: a value the user typed is never read as {je|nous} or as a blank.
  return fillBlanks(applyVoice(wording, flags.has('equipe')), values);
}

/** The conversation: lines that apply, consecutive lines of one step said together. */
export function renderConversation(lines: LineText[], situation: Situation): { step: string; say: string }[] {
  const out: { step: string; say: string }[] = [];
  for (const line of lines) {
    const say = renderText(line.say, situation);
    if (say === '') continue;
    const previous = out.at(-1);
    if (previous?.step === line.step) previous.say = `${previous.say} ${say}`;
    else out.push({ step: line.step, say });
  }
  return out;
}

/** A letter: its subject and the paragraphs that apply, separated by blank lines. */
export function renderLetter(letter: LetterText, situation: Situation): { subject: string; body: string } {
  return {
    subject: renderText(letter.subject, situation),
    body: letter.blocks
      .map((b) => renderText(b.text, situation))
      .filter((p) => p !== '')
      .join('\n\n'),
  };
}

/** Replaces each `use: <id>` paragraph by the shared paragraph it names. */
export function resolveLetter(
  letter: { subject: Text; blocks: { role: Role; text?: Text | undefined; use?: string | undefined }[] },
  shared: Record<string, Text>,
): LetterText {
  return {
    subject: letter.subject,
    blocks: letter.blocks.map((b) => {
      const text = b.text ?? (b.use !== undefined ? shared[b.use] : undefined);
      if (text === undefined) throw new Error(`paragraphe partagé inconnu : ${b.use ?? '(aucun)'}`);
      return { role: b.role, text };
    }),
  };
}
