import { resultCount, toHit, type ExcerptPart, type SearchHit } from '../../lib/search';
import { loadPagefind } from './pagefind';

/** Results shown at once: each needs its own fragment download, so more come on request. */
const PAGE_SIZE = 6;

export interface SearchElements {
  input: HTMLInputElement;
  /** Checkboxes named "type" and "famille", whose values are Pagefind filter values. */
  filters: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  /** Shown when nothing matches: links to the signs and the self-assessment. */
  empty: HTMLElement;
  /** Shows the next results. */
  more: HTMLButtonElement;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

function excerpt(parts: ExcerptPart[], className: string) {
  const p = el('p', className);
  for (const part of parts) p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = el('li', 'search-hit');
  const link = el('a', 'search-hit__link');
  link.href = hit.url;
  if (hit.type) link.append(el('span', 'search-hit__type', hit.type), ' ');
  link.append(hit.title);
  item.append(link, excerpt(hit.excerpt, 'search-hit__excerpt'));
  if (hit.sections.length > 0) {
    const sections = el('ul', 'search-hit__sections');
    for (const section of hit.sections) {
      const li = el('li');
      const a = el('a', undefined, section.title);
      a.href = section.url;
      li.append(a, excerpt(section.excerpt, 'search-hit__excerpt'));
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
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
 * sections, filters, a count announced to screen readers, and a helpful empty state.
 */
export function connectSearch(ui: SearchElements, onQuery: (query: string) => void = () => {}) {
  let latest = 0;

  let pending: { data(): Promise<import('../../lib/search').PagefindData> }[] = [];

  async function showMore(ticket: number) {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const hits = (await Promise.all(batch.map((r) => r.data()))).map(toHit);
    if (ticket !== latest) return;
    ui.results.append(...hits.map(renderHit));
    ui.more.hidden = pending.length === 0;
    ui.more.textContent = `Afficher ${resultCount(Math.min(PAGE_SIZE, pending.length))} de plus`;
  }

  async function run() {
    const query = ui.input.value.trim();
    onQuery(query);
    const ticket = ++latest;
    if (!query) {
      ui.results.replaceChildren();
      ui.status.textContent = '';
      ui.empty.hidden = true;
      ui.more.hidden = true;
      return;
    }
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      ui.status.textContent =
        'La recherche n’est pas disponible ici : son index est créé par « npm run build ». Lancez « npm start » pour l’essayer, ou parcourez les signes.';
      ui.empty.hidden = false;
      return;
    }
    const search = await pagefind.debouncedSearch(query, { filters: checkedFilters(ui.filters) }, 150);
    if (!search || ticket !== latest) return; // a newer query superseded this one
    pending = search.results;
    ui.results.replaceChildren();
    await showMore(ticket);
    if (ticket !== latest) return;
    ui.status.textContent = `${resultCount(search.results.length)} pour « ${query} »`;
    ui.empty.hidden = search.results.length > 0;
  }

  ui.more.addEventListener('click', () => void showMore(latest));
  ui.input.addEventListener('input', run);
  ui.filters.addEventListener('change', run);
  if (ui.input.value.trim()) void run();
  return { run };
}
