/** Clipboard text of a copy button: a target element's text, the page URL, or a given string. */
function textFor(button: HTMLButtonElement): string {
  const { copyTarget, copyText: given } = button.dataset;
  if (copyTarget) return document.getElementById(copyTarget)?.innerText.trim() ?? '';
  if (given === 'location') return `${location.origin}${location.pathname}`;
  return given ?? '';
}

export async function copyText(button: HTMLButtonElement): Promise<void> {
  const status = button.nextElementSibling;
  const label = button.querySelector('.copy-button__label');
  const original = label?.textContent ?? '';
  let message: string;
  try {
    await navigator.clipboard.writeText(textFor(button));
    message = 'Copié';
  } catch {
    message = 'Copie impossible : sélectionnez le texte à la main';
  }
  if (label) label.textContent = message;
  if (status) status.textContent = message;
  setTimeout(() => {
    if (label) label.textContent = original;
    if (status) status.textContent = '';
  }, 2500);
}
