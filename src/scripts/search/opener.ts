/**
 * Opens the search dialog from the header field (a click, or typing in it), "/" or Ctrl/Cmd+K.
 * Ships on every page, so it stays tiny and imports nothing that loads with it: the search code
 * and Pagefind's files are fetched only when the reader reaches for the search (the pointer on
 * the field, the field focused, the dialog opened), all at once, so that typing finds them ready.
 */
import searchCodeUrl from './connect-panels.ts?lazy-chunk-url';
import { warmUpPagefind } from './warm-up';

type SearchCode = typeof import('./connect-panels');
/** Said when the search code cannot be fetched (offline, most often); French spacing written in. */
const OFFLINE = 'Pas de connexion\u00a0: tapez de nouveau une fois en ligne.';
type Search = ReturnType<SearchCode['connectDialogPanel']>;

const typingIn = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null;

export function openSearchOnDemand() {
  const opener = document.querySelector<HTMLInputElement>('[data-search-opener]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!opener || !dialog || !input) return;
  let search: Promise<Search | void> | undefined;
  /** Set once the search code is there; until then, this script answers Enter in the field. */
  let connected = false;
  /** Where the focus was before the dialog opened: it goes back there on close. */
  let returnFocus: HTMLElement | null = null;

  function prepare() {
    if (!search) {
      const warmUp = warmUpPagefind();
      search = (import(/* @vite-ignore */ searchCodeUrl) as Promise<SearchCode>).then(
        ({ connectDialogPanel }) => {
          connected = true;
          return connectDialogPanel(dialog!, warmUp);
        },
        // After a network failure, the next intent or keystroke tries again, and meanwhile the
        // results' live region says so (the code that would say it is what failed to load).
        () => {
          search = undefined;
          dialog!.querySelector('[data-search-status]')!.textContent = OFFLINE;
        },
      );
    }
    return search;
  }

  async function open() {
    if (!dialog!.open) {
      returnFocus = document.activeElement as HTMLElement | null;
      dialog!.showModal();
    }
    if (opener!.value) {
      input!.value = opener!.value;
      opener!.value = '';
    }
    input!.focus();
    await (await prepare())?.run();
  }

  for (const intent of ['pointerenter', 'pointerdown', 'focus']) opener.addEventListener(intent, () => void prepare());
  for (const intent of ['click', 'input']) opener.addEventListener(intent, () => void open());
  // Until the search code is there (it could not be fetched, say), typing in the dialog tries again.
  input.addEventListener('input', () => connected || void open());
  input.addEventListener('keydown', (event) => {
    // A search field clears itself on a first Escape; here Escape closes at once.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
    // Enter before the results code arrived (a slow connection) still opens the first result.
    if (event.key === 'Enter' && !connected) {
      event.preventDefault();
      void prepare().then((ready) => ready?.openFirst());
    }
  });
  dialog.addEventListener('close', () => returnFocus?.focus());
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (shortcut || (event.key === '/' && !typingIn(event.target))) {
      event.preventDefault();
      void open();
    }
  });
}
