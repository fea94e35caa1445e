import { parseSearchParams, searchPageUrl, type FilterSelection } from './search';
import { loadSearchUI, stampTemplate } from './search-loader';
import { withBase } from '../site/site';
import type { PanelState, SearchPanel } from './search-panel';

/**
 * <search-page> runs the /search/ page: it loads the search panel, searches for the page's ?q=
 * (and known filter values) at once, and keeps the address bar in step with what the reader
 * types and ticks, so the URL can be shared. URL values are read as plain text only.
 */
class SearchPage extends HTMLElement {
  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    let module: Awaited<ReturnType<typeof loadSearchUI>>;
    try {
      module = await loadSearchUI();
    } catch {
      this.showUnavailable();
      return;
    }
    stampTemplate(this.querySelector('template'), this);
    const panel = this.querySelector<SearchPanel>('search-panel');
    if (!panel) return;
    panel.addEventListener(module.SEARCH_EVENT, (event) => {
      const { query, filters } = (event as CustomEvent<PanelState>).detail;
      window.history.replaceState(window.history.state, '', withBase(searchPageUrl({ query, filters: filters as FilterSelection })));
    });
    const { query, filters } = parseSearchParams(window.location.search);
    // Filters from the URL apply even without a query: they are ticked for the first search.
    if (query || Object.keys(filters).length > 0) panel.search({ query, filters: filters as Record<string, string[]> });
    if (!query) panel.input?.focus();
  }

  /** The panel could not be fetched (offline, blocked): say so and point to the chapter list. */
  private showUnavailable(): void {
    const message = document.createElement('p');
    const link = document.createElement('a');
    link.href = withBase('/guide/');
    link.textContent = 'list of chapters';
    message.append('Search could not be loaded. Try again later, or start from the ', link, '.');
    this.append(message);
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
