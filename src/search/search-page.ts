import type { FilterSelection as PagefindFilters } from '@pagefind/component-ui';
import { parseSearchParams, searchPageUrl, type FilterSelection } from './search';
import { loadSearchUI, searchInstance, stampTemplate } from './search-loader';
import { withBase } from '../site/site';

/**
 * <search-page> runs the /search/ page: it loads Pagefind's Component UI, searches for the
 * page's ?q= (and known filter values) at once, and keeps the address bar in step with what the
 * reader types and ticks, so the URL can be shared. URL values are read as plain text only.
 */
class SearchPage extends HTMLElement {
  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    let ui: Awaited<ReturnType<typeof loadSearchUI>>;
    try {
      ui = await loadSearchUI();
    } catch {
      this.showUnavailable();
      return;
    }
    const instance = searchInstance(ui, this.dataset.instance ?? 'page', this);
    stampTemplate(this.querySelector('template'), this);

    const { query, filters } = parseSearchParams(window.location.search);
    instance.on('search', (term: unknown, selected: unknown) => {
      const state = { query: typeof term === 'string' ? term : '', filters: (selected ?? {}) as FilterSelection };
      window.history.replaceState(window.history.state, '', withBase(searchPageUrl(state)));
    });
    // Filters from the URL apply even without a query: they are ticked for the first search.
    if (query || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(query, filters as PagefindFilters);
    if (!query) this.querySelector('input')?.focus();
  }

  /** The UI could not be fetched (offline, blocked): say so and point to the chapter list. */
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
