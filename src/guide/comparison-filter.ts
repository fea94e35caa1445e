import type { LiveAnnouncer } from '../site/announce';
import { categoryFilterSearch, parseCategoryFilter } from './category-filter';

/**
 * <comparison-filter> narrows the comparison table it wraps to one category. It hides the
 * category link index (the no-JavaScript fallback), adds a group of toggle buttons, and keeps
 * the choice in the URL (?category=data) with pushState, so Back restores the previous filter.
 * Categories come from the table's <tbody data-category>, so the URL is checked against them.
 */
class ComparisonFilter extends HTMLElement {
  private groups: HTMLTableSectionElement[] = [];
  private buttons = new Map<string, HTMLButtonElement>();
  private status: HTMLParagraphElement | undefined;
  private current: string | undefined;
  private readonly onPopState = () => this.show(this.categoryFromUrl());

  connectedCallback(): void {
    window.addEventListener('popstate', this.onPopState);
    if (this.status) return;
    this.groups = [...this.querySelectorAll<HTMLTableSectionElement>('tbody[data-category]')];
    const index = this.querySelector<HTMLElement>('[data-category-index]');
    if (!index || this.groups.length < 2) return;
    index.before(this.buildControls());
    index.hidden = true;

    // A link to a row outside the category in the URL wins over the filter.
    const target = this.fragmentTarget();
    const category = this.categoryFromUrl();
    this.show(target && target.closest('tbody')?.dataset.category !== category ? undefined : category);
    // The controls pushed the table down after the browser scrolled to the fragment.
    target?.scrollIntoView();
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private get categories(): string[] {
    return this.groups.map((group) => group.dataset.category ?? '');
  }

  private categoryFromUrl(): string | undefined {
    return parseCategoryFilter(window.location.search, this.categories);
  }

  /** The element the URL fragment names, if it is in this table. */
  private fragmentTarget(): HTMLElement | undefined {
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return undefined;
    }
    const target = id ? document.getElementById(id) : null;
    return target && this.contains(target) ? target : undefined;
  }

  private buildControls(): HTMLElement {
    const wrapper = document.createElement('div');
    const controls = document.createElement('div');
    controls.className = 'filter-controls';
    controls.setAttribute('role', 'group');
    const label = document.createElement('span');
    label.id = 'comparison-filter-label';
    label.className = 'font-semibold';
    label.textContent = 'Show';
    controls.setAttribute('aria-labelledby', label.id);
    controls.append(label);

    const total = this.groups.reduce((sum, group) => sum + Number(group.dataset.count ?? 0), 0);
    const choices: [string, string][] = [
      ['', `All (${total})`],
      ...this.groups.map((group): [string, string] => [group.dataset.category ?? '', `${group.dataset.label} (${group.dataset.count})`]),
    ];
    for (const [category, text] of choices) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.addEventListener('click', () => this.choose(category || undefined));
      this.buttons.set(category, button);
      controls.append(button);
    }

    this.status = document.createElement('p');
    this.status.className = 'filter-status';
    wrapper.append(controls, this.status);
    return wrapper;
  }

  private choose(category: string | undefined): void {
    if (category === this.current) return;
    // The fragment is dropped: it named a row in the previous view.
    history.pushState(null, '', window.location.pathname + categoryFilterSearch(window.location.search, category));
    this.show(category);
    // Defined by the every-page bundle (Base.astro); a click comes long after it has loaded.
    document.querySelector<LiveAnnouncer>('live-announcer')?.announce(this.status?.textContent ?? '');
  }

  private show(category: string | undefined): void {
    this.current = category;
    let shown = 0;
    let total = 0;
    for (const group of this.groups) {
      const count = Number(group.dataset.count ?? 0);
      group.hidden = category !== undefined && group.dataset.category !== category;
      total += count;
      if (!group.hidden) shown += count;
    }
    for (const [key, button] of this.buttons) button.setAttribute('aria-pressed', String(key === (category ?? '')));
    if (this.status) {
      const label = this.groups.find((group) => group.dataset.category === category)?.dataset.label;
      this.status.textContent = label ? `Showing ${shown} of ${total} rows: ${label}` : `Showing all ${total} rows`;
    }
  }
}

if (!customElements.get('comparison-filter')) customElements.define('comparison-filter', ComparisonFilter);
