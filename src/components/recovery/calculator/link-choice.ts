import { h } from './dom';

/** A link with other figures than those saved on this device: the reader chooses which to see, nothing is replaced unasked. */
export function linkChoice(onopen: () => void, onkeep: () => void): HTMLElement {
  return h(
    'div',
    { class: 'quiz-notice', role: 'alert' },
    h(
      'p',
      {},
      'Ce lien contient un autre calcul que celui enregistré sur cet appareil. Lequel voulez-vous voir\u202f? Ouvrir le lien remplace votre calcul enregistré\u202f; les coordonnées saisies pour les courriers sont gardées.',
    ),
    h(
      'div',
      { class: 'quiz-actions' },
      h('button', { type: 'button', onclick: onopen }, 'Ouvrir le calcul du lien'),
      h('button', { type: 'button', class: 'secondary', onclick: onkeep }, 'Garder mon calcul'),
    ),
  );
}
