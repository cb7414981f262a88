import type { ClientKind } from '../../../lib/case/assessment';
import { quizUrl } from '../../../lib/urls';
import { h } from './dom';

const CHOICES = {
  lien: {
    text: 'Ce lien contient un autre calcul que celui enregistré sur cet appareil. Lequel voulez-vous voir\u202f? Ouvrir le lien remplace votre calcul enregistré\u202f; les coordonnées saisies pour les courriers sont gardées.',
    open: 'Ouvrir le calcul du lien',
  },
  diagnostic: {
    text: 'Votre diagnostic liste d’autres factures que le calcul enregistré sur cet appareil. Lequel voulez-vous voir\u202f? Reprendre le diagnostic remplace votre calcul enregistré\u202f; les coordonnées saisies pour les courriers sont gardées.',
    open: 'Reprendre les factures du diagnostic',
  },
} as const;

/**
 * Other figures than those saved on this device, from a link or from the self-assessment: the
 * reader chooses which to see, nothing is replaced unasked.
 */
export function linkChoice(from: keyof typeof CHOICES, onopen: () => void, onkeep: () => void): HTMLElement {
  const words = CHOICES[from];
  return h(
    'div',
    { class: 'quiz-notice', role: 'alert' },
    h('p', {}, words.text),
    h(
      'div',
      { class: 'quiz-actions' },
      h('button', { type: 'button', onclick: onopen }, words.open),
      h('button', { type: 'button', class: 'secondary', onclick: onkeep }, 'Garder mon calcul'),
    ),
  );
}

/** The calculator opened from the self-assessment's result says so, and leads back there. */
export function fromAssessmentNotice(invoices: number, client: ClientKind): HTMLElement {
  return h(
    'div',
    { class: 'quiz-notice', role: 'status' },
    h('p', {}, `Repris de votre diagnostic\u00a0: ${invoices} ${invoices > 1 ? 'factures' : 'facture'}, pour un client ${client}.`),
    h('p', {}, h('a', { href: quizUrl }, 'Revenir à mon diagnostic')),
  );
}
