import { printedLetter, type LetterLayout } from '../../../lib/quiz/export';
import { SHARED_DETAILS, type SharedDetail } from '../../../lib/case/assessment';
import type { LetterDetails } from '../../../lib/recovery/form';
import type { RecoveryDocument } from '../../../lib/recovery/letters';
import { quizUrl } from '../../../lib/urls';
import { h } from './dom';
import type { Fields } from './fields';
import { letterActions, type Copy } from './letter-actions';

const LABELS: Record<SharedDetail, string> = {
  yourName: 'Votre prénom et votre nom',
  yourBusiness: 'Votre entreprise',
  yourAddress: 'Votre adresse postale',
  place: 'La ville d’où vous écrivez',
  clientName: 'Le prénom de votre client, ou de votre contact dans l’entreprise',
  clientCompany: 'L’entreprise du client (laissez vide pour un particulier)',
  clientAddress: 'L’adresse postale du client',
};

/** Who writes and to whom: drawn once, so typing in them never loses the focus. */
export function letterDetailsFields(fields: Fields, details: LetterDetails, onchange: (change: Partial<LetterDetails>) => void) {
  return h(
    'div',
    { class: 'calc-details' },
    SHARED_DETAILS.map((key) =>
      fields.field({ path: `letter.${key}`, label: LABELS[key], value: details[key], oninput: (v) => onchange({ [key]: v }) }),
    ),
    h(
      'label',
      { class: 'quiz-option' },
      h('input', {
        type: 'checkbox',
        checked: details.team,
        onchange: (event: Event) => onchange({ team: (event.currentTarget as HTMLInputElement).checked }),
      }),
      ' J’écris au nom d’une équipe («\u00a0nous\u00a0»)',
    ),
  );
}

/** The letters' section: who writes to whom, the actions on all three, then the letters themselves. */
export function lettersSection(details: HTMLElement, ondownload: () => void, documents: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'calc-letters', 'aria-labelledby': 'courriers', hidden: true },
    h('h2', { id: 'courriers' }, 'Vos courriers'),
    h(
      'p',
      {},
      'Trois marches, une à la fois, dans l’ordre\u00a0: une relance courtoise, une relance ferme avec les montants, puis la mise en demeure en recommandé. Chaque courrier est daté du jour et chiffré à la date de calcul\u00a0: revenez le jour où vous l’envoyez, pour des montants à jour. Vos coordonnées restent sur cet appareil et ne figurent jamais dans le lien de partage.',
    ),
    details,
    h(
      'div',
      { class: 'quiz-actions' },
      h('button', { type: 'button', class: 'secondary', onclick: ondownload }, 'Télécharger les courriers (.txt)'),
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Imprimer le relevé et les courriers'),
    ),
    documents,
  );
}

/** One letter of the ladder: when and how to send it, its text, the ways to send it, and its printed form. */
export function letterView(doc: RecoveryDocument, details: LetterDetails, layout: LetterLayout, oncopy: Copy): HTMLElement {
  const printed = printedLetter(doc, doc, details, layout);
  const textId = `texte-${doc.id}`;
  return h(
    'article',
    { class: 'quiz-document', 'aria-labelledby': `courrier-${doc.id}` },
    h('h3', { id: `courrier-${doc.id}` }, doc.title),
    h('p', { class: 'quiz-why' }, doc.sendWhen),
    h('label', { class: 'quiz-field', for: textId }, `Objet\u00a0: ${doc.subject}`),
    h('textarea', { id: textId, rows: 14, readonly: true, value: doc.body }),
    letterActions(doc.subject, doc.body, printed, oncopy),
    h('p', { class: 'print-only print-text' }, printed),
  );
}

/** In place of the ladder's own mise en demeure: the self-assessment's, which is the one to send, and the way back to it. */
export function plannedNoticeView(words: { title: string; text: string[] }): HTMLElement {
  return h(
    'article',
    { class: 'quiz-document', 'aria-labelledby': 'courrier-diagnostic' },
    h('h3', { id: 'courrier-diagnostic' }, words.title),
    words.text.map((paragraph) => h('p', {}, paragraph)),
    h('p', {}, h('a', { href: quizUrl }, 'Ouvrir ma mise en demeure dans le diagnostic')),
  );
}
