/**
 * Opens the search dialog from the header field (a click, or typing in it), "/" or Ctrl/Cmd+K,
 * and only then loads the results code (and, on the first query, Pagefind). Kept tiny: it
 * ships on every page.
 */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function openSearchOnDemand() {
  const opener = document.querySelector<HTMLInputElement>('[data-search-opener]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!opener || !dialog || !input) return;
  let search: Promise<{ run: () => Promise<void> } | undefined> | undefined;

  async function open() {
    if (!dialog!.open) dialog!.showModal();
    if (opener!.value) {
      input!.value = opener!.value;
      opener!.value = '';
    }
    input!.focus();
    search ??= Promise.all([import('./search-ui'), import('./panel')]).then(([{ connectSearch }, { panelElements }]) => {
      const elements = panelElements(dialog!);
      return elements && connectSearch(elements);
    });
    await (await search)?.run();
  }

  opener.addEventListener('click', () => void open());
  opener.addEventListener('input', () => void open());
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
