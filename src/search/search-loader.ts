// As a URL rather than an imported style: imported CSS would be linked from every page's <head>.
import searchStyles from './search.css?url';

type SearchPanelModule = typeof import('./search-panel');

let loading: Promise<SearchPanelModule> | undefined;

/** Adds a stylesheet to the document and resolves once it has loaded. */
function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
    document.head.append(link);
  });
}

/**
 * Loads the search panel (src/search/search-panel.ts, which defines <search-panel>) and its
 * styles once, on first use. Pagefind itself (pagefind.js, its WebAssembly and the index) is
 * fetched later still, when a search starts.
 */
export function loadSearchUI(): Promise<SearchPanelModule> {
  loading ??= Promise.all([import('./search-panel'), addStylesheet(searchStyles)])
    .then(([panel]) => panel)
    .catch((error: unknown) => {
      loading = undefined; // let a later interaction try again
      throw error;
    });
  return loading;
}

/** Appends a copy of a <template>'s content (the search panel's markup) to `parent`. */
export function stampTemplate(template: HTMLTemplateElement | null, parent: Element): void {
  if (template) parent.append(template.content.cloneNode(true));
}
