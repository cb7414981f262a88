import type { ComposedDocument, ComposedWords } from './compose';
import type { LetterFields } from './model';
import { formatLongDateFr } from '../case/calendar';
import type { ShownWords } from './edits';
import { fillBlanks } from '../words/template';
import { PLACEHOLDERS } from '../placeholders';

/** The conversation as plain, editable text: each move's purpose, then the words. */
export function conversationText(words: ComposedWords): string {
  return words.conversation.map((line, i) => `${i + 1}. ${line.step}\n« ${line.say} »`).join('\n\n');
}

/** What surrounds a printed letter, from content/courriers.yaml. */
export interface LetterLayout {
  registered: string;
  placeDate: string;
}

/**
 * A document as a printed letter: sender, recipient, place and date, the registered-post
 * line where it applies, the subject, then the body. Empty fields stay as visible blanks.
 */
export function printedLetter(
  doc: Pick<ComposedDocument, 'registered' | 'date'>,
  text: { subject: string; body: string },
  fields: LetterFields,
  layout: LetterLayout,
): string {
  const field = (value: string | undefined, blank: string) => value?.trim() || blank;
  const sender = [
    field(fields.yourName, PLACEHOLDERS.yourName),
    fields.yourBusiness?.trim(),
    field(fields.yourAddress, PLACEHOLDERS.yourAddress),
  ];
  const recipient = [fields.clientName?.trim(), fields.clientCompany?.trim(), field(fields.clientAddress, PLACEHOLDERS.clientAddress)];
  const placeDate = fillBlanks(
    layout.placeDate,
    new Map([
      [PLACEHOLDERS.place, field(fields.place, PLACEHOLDERS.place)],
      [PLACEHOLDERS.letterDate, formatLongDateFr(doc.date).replace(/^\S+ /, '')],
    ]),
  );
  return [
    sender.filter(Boolean).join('\n'),
    recipient.filter(Boolean).join('\n'),
    placeDate,
    ...(doc.registered ? [layout.registered] : []),
    `Objet : ${text.subject}`,
    text.body,
  ].join('\n\n');
}

/** Everything as one text file, as the user edited it: the conversation, then each document as a printed letter. */
export function wordsAsText(
  title: string,
  docs: Pick<ComposedDocument, 'title' | 'registered' | 'date'>[],
  edited: ShownWords,
  fields: LetterFields,
  layout: LetterLayout,
): string {
  const parts = [title, '', 'LA CONVERSATION', '', edited.conversation, ''];
  docs.forEach((doc, i) => {
    const text = edited.documents[i];
    if (text) parts.push(doc.title.toUpperCase(), '', printedLetter(doc, text, fields, layout), '');
  });
  return parts.join('\n');
}

/** Beyond about this many characters, mail apps cut a mailto: link or refuse to open it. */
export const MAILTO_LIMIT = 2000;

/** Opens the user's mail app with a letter; every character is percent-encoded, so no text can break out. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
