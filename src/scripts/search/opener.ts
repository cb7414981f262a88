/**
 * Opens the search dialog from the header field (a click, or typing in it), "/" or Ctrl/Cmd+K.
 * Ships on every page, so it stays tiny and imports nothing that loads with it: the search code
 * and Pagefind's files are fetched only when the reader reaches for the search (the pointer on
 * the field, the field focused, the dialog opened), all at once, so that typing finds them ready.
 */
import searchCodeUrl from './connect-panels.ts?lazy-chunk-url';
import { warmUpPagefind } from './warm-up';

type SearchCode = typeof import('./connect-panels');
type Search = ReturnType<SearchCode['connectDialogPanel']>;

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function openSearchOnDemand() {
  const opener = document.querySelector<HTMLInputElement>('[data-search-opener]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!opener || !dialog || !input) return;
  let search: Promise<Search> | undefined;
  /** Failed fetches of the search code: each retry asks for a new URL, since a browser may keep a failed module. */
  let failures = 0;
  /** Set once the search code is there; until then, this script answers Enter in the field. */
  let connected = false;
  /** Where the focus was before the dialog opened: it goes back there on close. */
  let returnFocus: HTMLElement | undefined;

  function prepare() {
    if (!search) {
      const warmUp = warmUpPagefind();
      const url = failures > 0 ? `${searchCodeUrl}?essai=${failures}` : searchCodeUrl;
      search = (import(/* @vite-ignore */ url) as Promise<SearchCode>).then(({ connectDialogPanel }) => {
        connected = true;
        return connectDialogPanel(dialog!, warmUp);
      });
      // After a network failure, the next intent or keystroke tries again, never the failed promise.
      search.catch(() => {
        search = undefined;
        failures += 1;
      });
    }
    return search;
  }

  /** Searches for what the field holds, or says why it cannot. */
  async function run() {
    try {
      await (await prepare())?.run();
    } catch {
      cannotLoad();
    }
  }

  /**
   * The search code itself could not be fetched (offline, say): the results area says so, with
   * the words the page holds for it, and offers the index pages. search-ui.ts's `cannotLoad` does
   * the same once that code is there; this script imports nothing, so it repeats those few lines.
   */
  function cannotLoad() {
    const status = dialog!.querySelector<HTMLElement>('[data-search-status]');
    const empty = dialog!.querySelector<HTMLElement>('[data-search-empty]');
    const hint = dialog!.querySelector<HTMLElement>('[data-search-empty-hint]');
    if (!status || !empty || !hint) return;
    status.textContent = (navigator.onLine ? status.dataset['failure'] : status.dataset['offline']) ?? '';
    hint.hidden = true;
    empty.hidden = false;
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
    await run();
  }

  for (const intent of ['pointerenter', 'pointerdown', 'focus']) opener.addEventListener(intent, () => void prepare());
  opener.addEventListener('click', () => void open());
  opener.addEventListener('input', () => void open());
  // Until the search code is there (it failed to load, say), this script searches as the reader types.
  input.addEventListener('input', () => {
    if (!connected) void run();
  });
  input.addEventListener('keydown', (event) => {
    // A search field clears itself on a first Escape; here Escape closes at once.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
    // Enter before the results code arrived (a slow connection) still opens the first result.
    if (event.key === 'Enter' && !connected) {
      event.preventDefault();
      void prepare().then((ready) => ready?.openFirst(), cannotLoad);
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
