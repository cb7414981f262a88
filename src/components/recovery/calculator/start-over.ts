import { h } from './dom';

/** « Commencer un nouveau calcul », asked before anything is erased. */
export function startOver(onconfirm: () => void): HTMLElement {
  const box = h('div', { class: 'calc-start-over' });
  const idle = (focus = false) => {
    const button = h('button', { type: 'button', class: 'link-button', onclick: ask }, 'Commencer un nouveau calcul');
    box.replaceChildren(button);
    if (focus) button.focus();
  };
  function ask() {
    const confirm = h('button', { type: 'button', onclick: onconfirm }, 'Effacer et recommencer');
    box.replaceChildren(
      h(
        'div',
        { class: 'quiz-notice', role: 'alert' },
        h(
          'p',
          {},
          'Le calcul enregistré sur cet appareil sera effacé, avec le client et ses factures. Vos propres coordonnées restent pour les courriers. Pour garder ce calcul, copiez d’abord un lien vers lui.',
        ),
        h(
          'div',
          { class: 'quiz-actions' },
          confirm,
          h('button', { type: 'button', class: 'secondary', onclick: () => idle(true) }, 'Annuler'),
        ),
      ),
    );
    confirm.focus();
  }
  idle();
  return box;
}
