import { cleanQuery, FILTERS, MAX_QUERY_LENGTH, rankSections, searchTerms, SHOWN_SECTIONS } from './search';
import { excerptParts, filterCount, RESULTS_PER_PAGE, summaryText } from './search-display';
import { loadPagefind, searchWithCorrection, type Found, type ResultData } from './search-engine';
import { showOutcome } from './search-notice';
import { searchHelp } from './search-help';

/**
 * How long typing must pause before a search runs (as long as Pagefind's own field waits): each
 * search fetches its shown results' data, so a search per keystroke would fetch "o", "or" and
 * "orm"'s.
 */
const TYPING_PAUSE_MS = 300;

/** The reader's search: the words as typed and the ticked values of each filter. */
export interface PanelState {
  query: string;
  filters: Record<string, string[]>;
}

/** Fired on the panel after each search the reader starts, with the PanelState as detail. */
export const SEARCH_EVENT = 'search-panel-search';

/** Builds an element with a class and children (strings become text nodes, never markup). */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** An excerpt as text nodes, with matched words in <mark> elements. */
function excerpt(html: string): HTMLParagraphElement {
  const parts = excerptParts(html).map(({ text, marked }) => (marked ? element('mark', '', text) : text));
  return element('p', 'search-excerpt', ...parts);
}

/** A link whose text and address come from the index, both set as plain values. */
function link(href: string, className: string, text: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

/** One result: its page (or record) with its excerpt, and the sections about the query under it. */
function resultItem(data: ResultData): HTMLLIElement {
  const title = data.meta.title || data.url;
  const item = element('li', 'search-result', element('p', 'search-result-title', link(data.url, 'search-result-link', title)));
  if (data.excerpt) item.append(excerpt(data.excerpt));
  const sections = rankSections(data, SHOWN_SECTIONS);
  if (sections.length > 0) {
    const list = element('ul', 'search-sections');
    for (const section of sections) {
      list.append(element('li', 'search-section', link(section.url, 'search-section-link', section.title), excerpt(section.excerpt)));
    }
    item.append(list);
  }
  return item;
}

/** The filters' names as the panel shows them. */
const FILTER_LABELS: Readonly<Record<keyof typeof FILTERS, string>> = { kind: 'Kind', framework: 'Framework' };

/** A fieldset of checkboxes for one filter, its values in alphabetical order, each with a count to fill in. */
function filterGroup(name: keyof typeof FILTERS): HTMLFieldSetElement {
  const options = [...FILTERS[name]]
    .sort((a, b) => a.localeCompare(b))
    .map((value) => {
      const box = element('input', '');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      return element('label', 'search-filter-option', box, element('span', '', value), element('span', 'search-filter-count'));
    });
  return element(
    'fieldset',
    'search-filter',
    element('legend', 'search-filter-title', FILTER_LABELS[name]),
    element('div', 'search-filter-options', ...options),
  );
}

/**
 * <search-panel>: the search field, filters, summary and results, for the header's dialog and
 * the /search/ page alike, all built here, so pages carry none of it (the help for no results
 * fetches its topics when it first shows: src/search/search-help.ts). It searches as the
 * reader types or ticks, and fills in the filter counts, the summary (a live region) and the
 * results. Results show a few at a time, each fetching its data only when shown. Arrow keys
 * move between the field and the results' links.
 */
export class SearchPanel extends HTMLElement {
  private latest = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private shown: Found | undefined;
  private shownCount = 0;

  readonly input = element('input', 'search-input');
  private readonly filters = element('div', 'search-filters', ...(Object.keys(FILTERS) as (keyof typeof FILTERS)[]).map(filterGroup));
  private readonly checkboxes = [...this.filters.querySelectorAll('input')];
  private readonly summary = element('p', 'search-summary');
  private readonly results = element('ol', 'search-results');
  private readonly more = element('button', 'search-more');

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const { input, more } = this;
    Object.assign(input, {
      type: 'search',
      name: 'q',
      placeholder: 'Search the guide',
      autocomplete: 'off',
      spellcheck: false,
      maxLength: MAX_QUERY_LENGTH,
    });
    input.setAttribute('aria-label', 'Search the guide');
    input.setAttribute('enterkeyhint', 'search');
    const form = element('form', 'search-form', input);
    form.setAttribute('role', 'search');
    this.summary.setAttribute('role', 'status'); // a live region: it stays in place, empty or not, so changes are announced
    this.results.setAttribute('aria-label', 'Search results');
    more.type = 'button';
    more.hidden = true;
    // "Did you mean" and the help for no results go between the summary and the results.
    const notice = element('div', 'search-notice');
    notice.dataset.searchNotice = '';
    notice.setAttribute('role', 'status');
    const output = element('div', 'search-output', this.summary, notice, searchHelp(), this.results, more);
    this.replaceChildren(form, element('div', 'search-layout', this.filters, output));

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.run(), TYPING_PAUSE_MS);
    });
    this.filters.addEventListener('change', () => this.run());
    more.addEventListener('click', () => void this.showMore());
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  /** The reader's current search. */
  get state(): PanelState {
    const filters: Record<string, string[]> = {};
    for (const box of this.checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return { query: cleanQuery(this.input.value), filters };
  }

  /** Puts a search into the field and the filters (values the panel does not list are ignored) and runs it. */
  search({ query, filters }: PanelState): void {
    this.input.value = query;
    for (const box of this.checkboxes) box.checked = filters[box.name]?.includes(box.value) ?? false;
    this.run();
  }

  private run(): void {
    clearTimeout(this.typingTimer);
    const id = ++this.latest;
    const state = this.state;
    this.dispatchEvent(new CustomEvent<PanelState>(SEARCH_EVENT, { detail: state }));
    void this.show(id, state);
  }

  private async show(id: number, { query, filters }: PanelState): Promise<void> {
    const isCurrent = () => id === this.latest;
    if (!query && Object.keys(filters).length === 0) {
      this.clear();
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    let searched: Awaited<ReturnType<typeof searchWithCorrection>>;
    try {
      searched = await searchWithCorrection(query, searchTerms(query), filters, isCurrent);
    } catch {
      if (isCurrent()) this.setSummary('Search could not be loaded. Check the connection and try again.');
      this.results.removeAttribute('aria-busy');
      return;
    }
    if (!searched || !isCurrent()) return;
    const { found, outcome } = searched;
    this.shown = found;
    this.shownCount = 0;
    this.results.replaceChildren();
    this.appendResults(found.data.slice(0, RESULTS_PER_PAGE));
    this.updateFilters(found);
    // A corrected search says so in the notice; a summary would count results for the misspelt words.
    this.setSummary(outcome.kind === 'corrected' ? '' : summaryText(found.results.length, query));
    showOutcome(this, outcome);
    this.results.removeAttribute('aria-busy');
  }

  private clear(): void {
    this.shown = undefined;
    this.shownCount = 0;
    this.results.replaceChildren();
    this.setSummary('');
    this.updateMore();
    showOutcome(this, { kind: 'found' });
    delete this.dataset.searchOutcome;
  }

  private setSummary(text: string): void {
    this.summary.textContent = text;
  }

  /** Adds results to the list. */
  private appendResults(data: readonly ResultData[]): void {
    this.results.append(...data.map(resultItem));
    this.shownCount += data.length;
    this.updateMore();
  }

  private updateMore(): void {
    const { more, shown } = this;
    const left = (shown?.results.length ?? 0) - this.shownCount;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, RESULTS_PER_PAGE)} more results`;
  }

  /** Fetches and shows the next few results; focus moves to the first of them. */
  private async showMore(): Promise<void> {
    const { shown } = this;
    if (!shown) return;
    const id = this.latest;
    const next = shown.results.slice(this.shownCount, this.shownCount + RESULTS_PER_PAGE);
    const data = await Promise.all(next.map((result, index) => shown.data[this.shownCount + index] ?? result.data()));
    if (id !== this.latest || shown !== this.shown) return;
    const first = this.shownCount;
    this.appendResults(data);
    this.results.querySelectorAll<HTMLElement>('.search-result-link')[first]?.focus();
  }

  /** Counts beside the filter values, from what the search found; values with nothing to add are hidden. */
  private updateFilters({ available, total }: Found): void {
    for (const box of this.checkboxes) {
      const { count, listed } = filterCount(box.name, box.value, box.checked, available, total);
      const label = box.closest('label');
      const counter = label?.querySelector('.search-filter-count');
      if (counter) counter.textContent = String(count);
      if (label) label.hidden = !listed;
    }
  }

  /**
   * Arrow keys move through the field and the results' links; "/" returns to the field, and
   * Backspace too, deleting the query's last character.
   */
  private onKeydown(event: KeyboardEvent): void {
    const { input } = this;
    const target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const links = [...this.results.querySelectorAll<HTMLElement>('a[href]')];
    if (target === input) {
      if (event.key !== 'ArrowDown' || links.length === 0) return;
      event.preventDefault();
      links[0]?.focus();
      return;
    }
    const index = links.indexOf(target as HTMLElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)] ?? (event.key === 'ArrowUp' ? input : this.more);
      if (!next.hidden) next.focus();
    } else if (event.key === '/' || event.key === 'Backspace') {
      event.preventDefault();
      input.focus();
      if (event.key === '/') return;
      input.value = input.value.slice(0, -1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
