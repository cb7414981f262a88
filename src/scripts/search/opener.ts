/**
 * Opens the search dialog from the header field (a click, or typing in it), "/" or Ctrl/Cmd+K.
 * Pagefind and the results code start loading as soon as the reader reaches for the search
 * (the field gets focus, or the dialog opens), so that typing finds them ready; not with the
 * page. Kept tiny: it ships on every page.
 */
import { loadPagefind } from './pagefind';

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function openSearchOnDemand() {
  const opener = document.querySelector<HTMLInputElement>('[data-search-opener]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!opener || !dialog || !input) return;
  let search: Promise<{ run: () => Promise<void>; openFirst: () => void } | undefined> | undefined;
  /** Set once the results code is there; until then, this script answers Enter in the field. */
  let connected = false;
  /** Where the focus was before the dialog opened: it goes back there on close. */
  let returnFocus: HTMLElement | undefined;

  function prepare() {
    if (!search) {
      // Pagefind first, at once: its files come in a chain of requests, the longest wait of a
      // first search. A failure here is shown, and retried, by the first search itself.
      loadPagefind().catch(() => undefined);
      search = Promise.all([import('./search-ui'), import('./panel')]).then(([{ connectSearch }, { panelElements }]) => {
        const elements = panelElements(dialog!);
        connected = true;
        return elements && connectSearch(elements);
      });
    }
    return search;
  }

  async function open() {
    if (!dialog!.open) {
      const focused = document.activeElement;
      returnFocus = focused instanceof HTMLElement && focused !== document.body ? focused : undefined;
      dialog!.showModal();
    }
    if (opener!.value) {
      input!.value = opener!.value;
      opener!.value = '';
    }
    input!.focus();
    await (await prepare())?.run();
  }

  opener.addEventListener('focus', () => void prepare());
  opener.addEventListener('click', () => void open());
  opener.addEventListener('input', () => void open());
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
