import type { Instance } from '@pagefind/component-ui';
// As a URL rather than an imported style: imported CSS would be linked from every page's <head>.
// search.css brings Pagefind's own stylesheet with it, in its own cascade layer.
import searchStyles from './search.css?url';
import { PAGEFIND_OPTIONS, pagefindFilters, rankSections, searchTerms, SHOWN_SECTIONS } from './search';
import { withBase } from '../site/site';
import { searchWithCorrection } from './search-did-you-mean';
import { showOutcome } from './search-notice';

type SearchUI = typeof import('./search-ui');

let loading: Promise<SearchUI> | undefined;

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
 * Loads Pagefind's Component UI and its styles (Pagefind's and the site theme for it) once,
 * on first use. Pagefind itself (pagefind.js, its WebAssembly and the index) is fetched later
 * still, by the UI, when a search starts.
 */
export function loadSearchUI(): Promise<SearchUI> {
  loading ??= Promise.all([import('./search-ui'), addStylesheet(searchStyles)])
    .then(([ui]) => ui)
    .catch((error: unknown) => {
      loading = undefined; // let a later interaction try again
      throw error;
    });
  return loading;
}

/**
 * The named Pagefind instance, created with the site's options. Must run before the instance's
 * elements are connected: an element connected first would create it with default options.
 *
 * Three of the instance's steps are adapted, with pure functions beside it that the
 * relevance tests use too: what Pagefind receives (the query without stop words, the ticked
 * values of a filter combined with "any"), what a query that finds (almost) nothing becomes
 * (search-correction.ts: "did you mean", shown in `host` by search-notice.ts), and which
 * sections are listed under a result (the best-scoring ones, best first).
 */
export function searchInstance(ui: SearchUI, name: string, host: HTMLElement): Instance {
  const manager = ui.getInstanceManager();
  if (manager.hasInstance(name)) return manager.getInstance(name);
  // Search runs on the main thread: for an index this small a query takes about a millisecond,
  // and Pagefind's worker script would add 12 KB to the first search.
  // Pagefind's result URLs start with the path its bundle is served from: the site's base.
  const instance = ui.configureInstance(name, { ...PAGEFIND_OPTIONS, noWorker: true, bundlePath: withBase('/pagefind/') });
  const search = instance.__search__.bind(instance);
  let latest = 0;
  // The UI keeps the reader's words and ticks; only what Pagefind receives is adapted.
  instance.__search__ = async (term, filters) => {
    const id = ++latest;
    const pagefindSearch = (terms: string, selected: Record<string, { any: string[] }>) =>
      search(terms, selected as unknown as typeof filters);
    const outcome = await searchWithCorrection(
      instance,
      pagefindSearch,
      term,
      searchTerms(term),
      pagefindFilters(filters),
      () => id === latest,
    );
    if (outcome) showOutcome(host, outcome);
  };
  instance.getDisplaySubResults = (result, limit = SHOWN_SECTIONS) => rankSections(result, limit);
  return instance;
}

/** Appends a copy of a <template>'s content (the Pagefind elements) to `parent`. */
export function stampTemplate(template: HTMLTemplateElement | null, parent: Element): void {
  if (template) parent.append(template.content.cloneNode(true));
}
