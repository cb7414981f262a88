import { queryFromSearch, searchPageUrl } from '../../lib/search';
import { preloadFirstChunk } from './first-chunk';
import { loadPagefind } from './pagefind';
import { panelElements } from './panel';
import { connectSearch } from './search-ui';
import type { WarmUp } from './warm-up';

/*
 * The site's two search panels (SearchPanel.astro): in the header's dialog, and on /recherche/.
 * One module for both, so that the build makes one chunk of all the search code, fetched in one
 * request by whichever page needs it.
 */

/**
 * The header dialog's panel, fetched when the reader reaches for the search (see opener.ts):
 * starts Pagefind on the files the opener preloaded and fetches the first index chunk early.
 */
export function connectDialogPanel(dialog: HTMLDialogElement, warmUp: WarmUp) {
  // A failure here is shown, and retried, by the first search itself.
  loadPagefind(warmUp.entryTag).catch(() => undefined);
  const elements = panelElements(dialog);
  if (!elements) return undefined;
  preloadFirstChunk(elements.input, warmUp.preload);
  return connectSearch(elements);
}

/** /recherche/'s panel: starts with the query of the URL (?q=…), and the URL follows the query. */
export function connectPagePanel() {
  const panel = document.querySelector<HTMLElement>('main [data-search-panel]');
  const elements = panel && panelElements(panel);
  if (!elements) return;
  elements.input.value = queryFromSearch(location.search);
  // The URL follows the query, so a search can be linked and bookmarked.
  connectSearch(elements, (query) => history.replaceState(null, '', searchPageUrl(query)));
}
