import type { ComposedScript } from './compose';

export interface EditableScript {
  conversation: string;
  subject: string;
  body: string;
}

/** The conversation as plain, editable text: each move's purpose, then the words. */
export function conversationText(script: ComposedScript): string {
  return script.conversation.map((line, i) => `${i + 1}. ${line.step}\n« ${line.say} »`).join('\n\n');
}

export const toEditable = (script: ComposedScript): EditableScript => ({
  conversation: conversationText(script),
  subject: script.subject,
  body: script.body,
});

/** The whole script as one text file, as the user edited it. */
export function scriptAsText(title: string, script: EditableScript): string {
  return [
    title,
    '',
    'LA CONVERSATION',
    '',
    script.conversation,
    '',
    'LA VERSION ÉCRITE',
    '',
    `Objet : ${script.subject}`,
    '',
    script.body,
    '',
  ].join('\n');
}

/** Opens the user's mail app with the letter; every character is percent-encoded, so no text can break out. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
