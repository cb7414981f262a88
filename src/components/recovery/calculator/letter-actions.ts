import { checkSending } from '../../../lib/letter-sending';
import { printAlone } from '../../browser/print-alone';
import { h } from './dom';

export type Copy = (text: string, done: string) => void;

/**
 * The ways to send one letter, as the self-assessment's LetterActions offers them: copied as an
 * e-mail, opened in the mail app (after a word when blanks remain or the link is long), or copied
 * laid out for the post.
 */
export function letterActions(subject: string, body: string, printed: string, oncopy: Copy): HTMLElement {
  const { href, blanks, blanksWarning, mailProblem } = checkSending(subject, body);
  const below = h('div', {});
  const showBlanks = () =>
    below.replaceChildren(
      ...(blanks.length > 0
        ? [
            h(
              'p',
              { class: 'hint' },
              'À compléter avant l’envoi\u00a0: ',
              blanks.flatMap((blank, i) => [i > 0 ? ', ' : '', h('mark', {}, blank)]),
              '.',
            ),
          ]
        : []),
    );
  const mailLink = (label: string, onclick?: EventListener) => h('a', { class: 'button-link secondary', href, onclick }, label);
  const confirm = () =>
    below.replaceChildren(
      h(
        'div',
        { class: 'quiz-notice', role: 'alert' },
        h('p', {}, mailProblem),
        h(
          'div',
          { class: 'quiz-actions' },
          mailLink('Ouvrir quand même', showBlanks),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              // Back to the link that asked, rather than to the top of the page.
              onclick: () => {
                showBlanks();
                openMail.focus();
              },
            },
            'Annuler',
          ),
        ),
      ),
    );
  const openMail: HTMLAnchorElement = mailLink('Ouvrir dans ma messagerie', (event) => {
    if (!mailProblem || below.querySelector('[role="alert"]')) return;
    event.preventDefault();
    confirm();
  });
  showBlanks();
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'quiz-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => oncopy(`Objet\u00a0: ${subject}\n\n${body}`, `Le courriel a été copié.${blanksWarning}`),
        },
        'Copier en courriel',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => oncopy(printed, `La lettre, avec les adresses, a été copiée.${blanksWarning}`),
        },
        'Copier en lettre',
      ),
      openMail,
      h('button', { type: 'button', class: 'secondary', onclick: () => printAlone(printed) }, 'Imprimer ce courrier'),
    ),
    below,
  );
}
