import { describe, expect, test } from 'vitest';
import { editsOutdated, proposedWords, shownWords, wordsBasis, withEdit } from '../../src/lib/quiz/edits';
import { visibleQuestions } from '../../src/lib/quiz/model';
import { answersWith, model, resultFor } from '../support/quiz';

// A client at fault, left after a mise en demeure: a conversation and two letters.
const answers = { ...answersWith({ impayes: 'souvent' }), montant: 1200, 'type-client': 'professionnel', equipe: 'seul' };
const words = resultFor({ answers }).words!;
const otherWords = resultFor({ answers: { ...answers, equipe: 'equipe' } }).words!;

describe('edited words', () => {
  test('untouched, the boxes show the proposed words', () => {
    expect(shownWords(words, undefined)).toEqual(proposedWords(words));
    expect(editsOutdated(words, undefined)).toBe(false);
  });

  test('an edit changes only its own part and remembers the proposal it was made on', () => {
    const first = words.documents[0]!;
    const edits = withEdit(words, undefined, { document: first.id, part: 'body', value: 'Mon texte' });
    const shown = shownWords(words, edits);
    expect(shown.documents[0]).toEqual({ subject: first.subject, body: 'Mon texte' });
    expect(shown.documents.slice(1)).toEqual(proposedWords(words).documents.slice(1));
    expect(shown.conversation).toBe(proposedWords(words).conversation);
    expect(edits.basis).toBe(wordsBasis(words));
    expect(editsOutdated(words, edits)).toBe(false);
  });

  test('only the part edited is kept: the subject edited, the body still follows the proposal, and the other way round', () => {
    const first = words.documents[0]!;
    const subject = withEdit(words, undefined, { document: first.id, part: 'subject', value: 'Mon objet' });
    expect(subject.documents).toEqual([{ id: first.id, subject: 'Mon objet' }]);
    // Two tabs, one editing the subject, the other the body, each save only their own part.
    const both = withEdit(words, subject, { document: first.id, part: 'body', value: 'Mon texte' });
    expect(shownWords(words, both).documents[0]).toEqual({ subject: 'Mon objet', body: 'Mon texte' });
  });

  test('a change of answers that changes the proposal is flagged, and the edited text is still shown', () => {
    const edits = withEdit(words, undefined, { conversation: 'Ma conversation' });
    expect(wordsBasis(otherWords)).not.toBe(wordsBasis(words));
    expect(editsOutdated(otherWords, edits)).toBe(true);
    expect(shownWords(otherWords, edits).conversation).toBe('Ma conversation');
  });

  test('a change of answers that leaves the proposal as it was asks nothing', () => {
    const edits = withEdit(words, undefined, { conversation: 'Ma conversation' });
    // The share of turnover shapes the plan's timing, not the words.
    const same = resultFor({ answers: { ...answers, 'part-du-ca': 'plus-de-50' } }).words!;
    expect(editsOutdated(same, edits)).toBe(false);
  });

  test('a document edited for one way of leaving comes back when the user returns to it', () => {
    const immediate = resultFor({ answers: { ...answersWith({ respect: 'souvent' }), equipe: 'seul' }, exitMode: 'immediat' }).words!;
    const notice = resultFor({ answers: { ...answersWith({ respect: 'souvent' }), equipe: 'seul' }, exitMode: 'miseEnDemeure' }).words!;
    const edits = withEdit(notice, undefined, { document: notice.documents[0]!.id, part: 'subject', value: 'Objet à moi' });
    expect(shownWords(immediate, edits).documents.map((d) => d.subject)).not.toContain('Objet à moi');
    expect(shownWords(notice, edits).documents[0]!.subject).toBe('Objet à moi');
  });
});

describe('questions asked', () => {
  const exitOnly = model.questions.filter((q) => (q.kind === 'choix' || q.kind === 'nombre') && q.onlyForExit).map((q) => q.id);

  test('questions that only shape an exit plan are asked only when the verdict calls for one', () => {
    expect(exitOnly.length).toBeGreaterThan(0);
    const ids = (a: Record<string, string | number>) => visibleQuestions(model, a).map((q) => q.id);
    expect(ids(answersWith({}))).not.toContain(exitOnly[0]);
    expect(ids(answersWith({ retards: 'souvent' }))).not.toContain(exitOnly[0]);
    for (const id of exitOnly.filter((id) => id !== 'preavis')) expect(ids(answersWith({ retards: 'toujours' }))).toContain(id);
    expect(ids(answersWith({ respect: 'parfois' }))).toContain('anciennete');
  });
});
