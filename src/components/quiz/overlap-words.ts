import type { LetterFields } from '../../lib/quiz/model';
import type { Overlap } from '../browser/held-while-typing';
import { OVERLAP_MESSAGES } from '../browser/overlap-messages';
import type { QuizState } from './quiz-state.svelte';

/**
 * What the page says of a text changed in this tab and in another one (quiz.overlap), naming the
 * text as the page shows it. Rare, so fetched when needed.
 */
export function overlapMessage(quiz: Pick<QuizState, 'model' | 'composed'>, { part, state }: { part: string; state: Overlap }): string {
  return OVERLAP_MESSAGES[state](partName(quiz, part));
}

/** A text, from its path in the merged state. */
function partName(quiz: Pick<QuizState, 'model' | 'composed'>, part: string): string {
  const [kind, first, second, third] = JSON.parse(part) as (string | number)[];
  if (kind === 'edits' && first === 'conversation') return 'la conversation';
  if (kind === 'edits' && first === 'documents') {
    const title = quiz.composed?.documents.find((doc) => doc.id === second)?.title;
    const which = third === 'subject' ? 'l’objet' : 'le texte';
    return title ? `${which} du courrier «\u00a0${title}\u00a0»` : `${which} d’un courrier`;
  }
  if (kind === 'fields') {
    const label = quiz.model.letterFields[first as keyof LetterFields];
    return label ? `le champ «\u00a0${label}\u00a0»` : 'un détail des courriers';
  }
  if (kind === 'invoices') return `la facture ${Number(first) + 1}`;
  if (kind === 'answers') return 'une de vos réponses';
  return 'un texte';
}
