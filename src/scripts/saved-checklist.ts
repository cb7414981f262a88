import { readTicks, writeTicks } from '../lib/checklist-state';

// French spacing written in (no-break space before ":"), as in the other plain scripts.
const CLEARED = 'Toutes les cases sont décochées.';
const RESTORED = 'Vos coches sont revenues.';
const REFUSED =
  'Ce navigateur ne garde pas vos coches\u00a0: elles disparaîtront si vous quittez la page. Imprimez la liste pour en garder une trace.';

/*
 * Storage as src/components/browser/saved-locally.ts does it (unavailable or full: the page works
 * without saving), written here rather than imported: a module the tools' scripts share would
 * become a chunk of its own, a fifth request for a content page (test/e2e/budgets.test.ts).
 */
function storage(key: string) {
  return {
    read: () => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write: (value: string | null) => {
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Keeps the ticks of the checklists in `[data-saved-checklist]` (whose value is the storage key,
 * from src/lib/storage-keys.ts) on this device: read at load (whatever storage holds,
 * src/lib/checklist-state.ts keeps only ticks of boxes the page has), saved at each change,
 * followed from another tab. « Tout décocher » forgets them, and offers to bring them back until
 * the next tick.
 */
export function keepChecklistTicks() {
  const list = document.querySelector<HTMLElement>('[data-saved-checklist]');
  const key = list?.dataset['savedChecklist'];
  const status = list?.querySelector<HTMLElement>('[data-checklist-status]');
  const clear = list?.querySelector<HTMLButtonElement>('[data-checklist-clear]');
  const undo = list?.querySelector<HTMLButtonElement>('[data-checklist-undo]');
  if (!list || !key || !status || !clear || !undo) return;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const saved = storage(key);
  let cleared: HTMLInputElement[] = [];

  const show = (value: string | null) => {
    const ticked = readTicks(
      value,
      boxes.map((box) => box.value),
    );
    for (const box of boxes) box.checked = ticked.has(box.value);
  };
  const save = () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    if (!saved.write(ticked.length > 0 ? writeTicks(ticked) : null)) status.textContent = REFUSED;
  };
  const say = (message: string, canUndo: boolean) => {
    status.textContent = message;
    undo.hidden = !canUndo;
  };

  show(saved.read());
  list.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    cleared = [];
    undo.hidden = true;
    save();
  });
  clear.addEventListener('click', () => {
    cleared = boxes.filter((box) => box.checked);
    for (const box of cleared) box.checked = false;
    save();
    say(CLEARED, cleared.length > 0);
  });
  undo.addEventListener('click', () => {
    for (const box of cleared) box.checked = true;
    cleared = [];
    save();
    say(RESTORED, false);
    clear.focus();
  });
  // Ticked in another tab: this one follows, so that its next save does not undo it.
  addEventListener('storage', (event) => {
    if (event.key === key) show(event.newValue);
  });
}
