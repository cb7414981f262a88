import { pageCount, searchStatus, toHit, type ExcerptPart, type PagefindData, type SearchHit } from '../../lib/search';
import { forgetPagefind, loadPagefind } from './pagefind';

/**
 * Results shown at once: each needs its own fragment download, so more come on request. Five,
 * with their matching sections, fill a phone's screen and keep a first search under 120 kB.
 */
const PAGE_SIZE = 5;

/** Said when Pagefind or one of its files could not be loaded; the next change tries again. */
// French spacing written in (no-break space before ":", narrow one before ";"): importing the
// typography module would add to the first search's download.
const FAILURE =
  'La recherche n’a pas pu se charger\u00a0: la connexion a peut-être été interrompue. ' +
  'Elle réessaiera dès que vous modifierez votre recherche\u202f; vous pouvez aussi partir de l’une de ces pages\u00a0:';
/** The same, offline: the browser says it has no connection. */
const OFFLINE =
  'Pas de connexion\u00a0: la recherche ne peut pas charger son index. ' +
  'Elle réessaiera dès que vous modifierez votre recherche\u202f; vous pouvez aussi partir de l’une de ces pages\u00a0:';
/** `astro dev` has no index (only a build makes one): said to the developer, dropped from builds. */
const DEV_FAILURE = 'Pas d’index de recherche en développement : lancez « npm start », qui construit puis sert le site.';

export interface SearchElements {
  /** The field, a combobox whose popup is `results`. */
  input: HTMLInputElement;
  /** Checkboxes named "type" and "famille", whose values are Pagefind filter values. */
  filters: HTMLElement;
  status: HTMLElement;
  /** The listbox of results: one option per page, then one per matching section. */
  results: HTMLOListElement;
  /** Shown when nothing matches or the search failed: links to the signs and the self-assessment. */
  empty: HTMLElement;
  /** The empty state's "no result" line, hidden when the status explains a failure instead. */
  emptyHint: HTMLElement;
  /** Shows the next results. */
  more: HTMLButtonElement;
}

type Result = { data(): Promise<PagefindData> };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

function excerpt(parts: ExcerptPart[], className: string) {
  const p = el('span', className);
  for (const part of parts) p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

/**
 * One result: a link that is an option of the listbox (ARIA allows the role on a link), so a
 * click or a middle click works as on any link. It stays out of the tab order: the arrow keys
 * choose a result from the field, and Enter opens it.
 */
function option(kind: 'page' | 'section', href: string, title: (string | Node)[], parts: ExcerptPart[]) {
  const item = el('li', kind === 'page' ? 'search-hit' : 'search-hit search-section');
  item.setAttribute('role', 'none');
  const link = el('a', kind === 'page' ? 'search-hit__link' : 'search-section__link');
  link.href = href;
  link.tabIndex = -1;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  const name = el('span', 'search-hit__title');
  name.append(...title);
  link.append(name, excerpt(parts, 'search-hit__excerpt'));
  item.append(link);
  return item;
}

function renderHit(hit: SearchHit): HTMLLIElement[] {
  const title: (string | Node)[] = hit.type ? [el('span', 'search-hit__type', hit.type), ' ', hit.title] : [hit.title];
  const page = option('page', hit.url, title, hit.excerpt);
  const sections = hit.sections.map((section) => option('section', section.url, [section.title], section.excerpt));
  return [page, ...sections];
}

function checkedFilters(container: HTMLElement) {
  const filters: Record<string, { any: string[] }> = {};
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (filters[box.name] ??= { any: [] }).any.push(box.value);
  }
  return filters;
}

/**
 * Wires a search field to Pagefind: results with their type, highlighted excerpt and matching
 * sections, filters, a count announced to screen readers, and a helpful empty state. The field
 * follows the WAI-ARIA combobox pattern: arrow keys move through the results, Enter opens the
 * chosen one (or the first). When loading fails, it says so and tries again on the next change.
 */
export function connectSearch(ui: SearchElements, onQuery: (query: string) => void = () => {}) {
  let latest = 0;
  let pending: Result[] = [];
  let active = -1;
  /** Enter came before the results: open the first one when it shows. */
  let openWhenReady = false;
  /** The query the results on screen answer: Enter must not open a result for an older one. */
  let shownQuery = '';
  let counter = 0;

  const options = () => [...ui.results.querySelectorAll<HTMLElement>('[role="option"]')];

  function select(index: number) {
    const all = options();
    active = Math.max(-1, Math.min(index, all.length - 1));
    all.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      ui.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else ui.input.removeAttribute('aria-activedescendant');
  }

  function open(item: HTMLElement | undefined) {
    if (item instanceof HTMLAnchorElement) location.assign(item.href);
  }

  function show(items: HTMLLIElement[], append: boolean) {
    for (const item of items) item.querySelector('[role="option"]')!.id = `${ui.results.id}-${++counter}`;
    if (append) ui.results.append(...items);
    else {
      ui.results.replaceChildren(...items);
      select(-1);
    }
    const expanded = options().length > 0;
    // A listbox with no option is an ARIA error: the list takes the role only while it has some.
    if (expanded) ui.results.setAttribute('role', 'listbox');
    else ui.results.removeAttribute('role');
    ui.input.setAttribute('aria-expanded', String(expanded));
  }

  async function nextBatch(): Promise<HTMLLIElement[]> {
    const batch = pending.slice(0, PAGE_SIZE);
    const hits = (await Promise.all(batch.map((r) => r.data()))).map(toHit);
    pending = pending.slice(PAGE_SIZE);
    return hits.flatMap(renderHit);
  }

  function showMoreButton() {
    ui.more.hidden = pending.length === 0;
    ui.more.textContent = `Afficher ${pageCount(Math.min(PAGE_SIZE, pending.length))} de plus`;
  }

  function failed() {
    forgetPagefind();
    pending = [];
    show([], false);
    ui.more.hidden = true;
    ui.status.textContent = import.meta.env.DEV ? DEV_FAILURE : navigator.onLine ? FAILURE : OFFLINE;
    ui.emptyHint.hidden = true;
    ui.empty.hidden = false;
  }

  async function run() {
    const query = ui.input.value.trim();
    onQuery(query);
    const ticket = ++latest;
    if (!query) {
      show([], false);
      ui.status.textContent = '';
      ui.empty.hidden = true;
      ui.more.hidden = true;
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, { filters: checkedFilters(ui.filters) }, 150);
      if (!search || ticket !== latest) return; // a newer query superseded this one
      // Offline, Pagefind finds nothing rather than fail when an index chunk cannot be fetched:
      // « no page » would be untrue, so it is said as the failure it is.
      if (search.results.length === 0 && !navigator.onLine) throw new Error('hors ligne');
      pending = search.results;
      const items = await nextBatch();
      if (ticket !== latest) return;
      show(items, false);
      shownQuery = query;
      showMoreButton();
      ui.status.textContent = searchStatus(search.results.length, query);
      ui.emptyHint.hidden = false;
      ui.empty.hidden = search.results.length > 0;
      if (openWhenReady) open(options()[0]);
    } catch {
      if (ticket === latest) failed();
    }
  }

  async function showMore() {
    const ticket = latest;
    try {
      const items = await nextBatch();
      if (ticket !== latest) return;
      show(items, true);
      showMoreButton();
    } catch {
      if (ticket === latest) failed();
    }
  }

  ui.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options().length === 0) return;
      event.preventDefault();
      select(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      // Results show as the reader types: Enter opens one instead of leaving for /recherche/.
      event.preventDefault();
      const current = shownQuery === ui.input.value.trim();
      const chosen = options()[active] ?? (current ? options()[0] : undefined);
      if (chosen) open(chosen);
      else {
        openWhenReady = true;
        void run();
      }
    }
  });
  ui.input.addEventListener('input', () => {
    openWhenReady = false;
    void run();
  });
  ui.more.addEventListener('click', () => void showMore());
  ui.filters.addEventListener('change', () => void run());
  if (ui.input.value.trim()) void run();
  /** Enter pressed before this code was there: open the first result once it shows. */
  const openFirst = () => {
    openWhenReady = true;
    void run();
  };
  return { run, openFirst };
}
