import { ERASE_DEVICE } from '../../../lib/storage-keys';
import { h } from './dom';

const NEW_CALCULATION = {
  label: 'Commencer un nouveau calcul',
  question:
    'Seul ce calcul sera effacé de cet appareil, avec le client et ses factures. Vos propres coordonnées restent pour les courriers, et votre diagnostic n’est pas touché. Pour garder ce calcul, copiez d’abord un lien vers lui.',
  confirm: 'Effacer et recommencer',
};

/**
 * The end of the tool, each asked first: a new calculation (this one erased, the reader's own
 * details kept), or the device's erase, the same as the self-assessment's, of everything both tools saved.
 */
export function startOver(onnew: () => void, onerase: () => void): HTMLElement {
  const box = h('div', { class: 'calc-start-over' });
  const choices = [
    { words: NEW_CALCULATION, onconfirm: onnew },
    { words: ERASE_DEVICE, onconfirm: onerase },
  ];
  const idle = (focus?: number) => {
    const buttons = choices.map((choice, i) =>
      h('button', { type: 'button', class: 'link-button', onclick: () => ask(i) }, choice.words.label),
    );
    box.replaceChildren(...buttons);
    if (focus !== undefined) buttons[focus]?.focus();
  };
  function ask(i: number) {
    const { words, onconfirm } = choices[i]!;
    const confirm = h('button', { type: 'button', onclick: onconfirm }, words.confirm);
    box.replaceChildren(
      h(
        'div',
        { class: 'quiz-notice', role: 'alert' },
        h('p', {}, words.question),
        h(
          'div',
          { class: 'quiz-actions' },
          confirm,
          h('button', { type: 'button', class: 'secondary', onclick: () => idle(i) }, 'Annuler'),
        ),
      ),
    );
    confirm.focus();
  }
  idle();
  return box;
}
