import type { ComposedDocument, ComposedWords } from './compose';
import { conversationText } from './export';

/** One document as the user sees it in the text boxes. */
export interface DocumentText {
  subject: string;
  body: string;
}

/** The text boxes' content: the conversation, then each composed document in order. */
export interface ShownWords {
  conversation: string;
  documents: DocumentText[];
}

/** One document's edited parts: a part left out shows as proposed. */
export type EditedDocument = Partial<DocumentText> & { id: ComposedDocument['id'] };

/**
 * What the user changed by hand. Documents are kept by id, so a text edited for one way of
 * leaving comes back if the user returns to it; each part (subject, body) is kept only once
 * edited, so that two tabs editing the subject and the body of one letter merge. `basis`
 * fingerprints the proposed words the edits were made on: when answers change the proposal, the
 * user decides what to keep.
 */
export interface EditedWords {
  conversation?: string | undefined;
  documents: EditedDocument[];
  basis: string;
}

/** The words as proposed from the answers, before any edit. */
export const proposedWords = (words: ComposedWords): ShownWords => ({
  conversation: conversationText(words),
  documents: words.documents.map(({ subject, body }) => ({ subject, body })),
});

/** A short fingerprint of the proposed words (FNV-1a): equal words, equal basis. */
export function wordsBasis(words: ComposedWords): string {
  const text = JSON.stringify(proposedWords(words));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** What the text boxes show: each part as edited if it was, as proposed otherwise. */
export function shownWords(words: ComposedWords, edits: EditedWords | undefined): ShownWords {
  const proposed = proposedWords(words);
  if (!edits) return proposed;
  return {
    conversation: edits.conversation ?? proposed.conversation,
    documents: words.documents.map((doc, i) => {
      const edited = edits.documents.find((d) => d.id === doc.id);
      const shown = proposed.documents[i]!;
      return { subject: edited?.subject ?? shown.subject, body: edited?.body ?? shown.body };
    }),
  };
}

/** Whether the answers changed the proposal since the user edited it (their text is kept until they choose). */
export const editsOutdated = (words: ComposedWords, edits: EditedWords | undefined): boolean =>
  edits !== undefined && edits.basis !== wordsBasis(words);

/** Records one edit; the basis stays the proposal the user started from. */
export function withEdit(
  words: ComposedWords,
  edits: EditedWords | undefined,
  change: { conversation: string } | { document: ComposedDocument['id']; part: keyof DocumentText; value: string },
): EditedWords {
  const base: EditedWords = edits ?? { documents: [], basis: wordsBasis(words) };
  if ('conversation' in change) return { ...base, conversation: change.conversation };
  if (!words.documents.some((d) => d.id === change.document)) return base;
  const current = base.documents.find((d) => d.id === change.document) ?? { id: change.document };
  const updated = { ...current, [change.part]: change.value };
  return { ...base, documents: [...base.documents.filter((d) => d.id !== change.document), updated] };
}
