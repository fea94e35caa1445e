import { FRAMEWORK_STORAGE_KEY, parseFrameworkChoice, tabIndexForKey } from './code-pair-tabs';

/** Tells every CodePair on the page which framework the reader picked. */
const CHOICE_EVENT = 'dvf:framework-choice';

function readStoredChoice(): unknown {
  try {
    return window.localStorage.getItem(FRAMEWORK_STORAGE_KEY);
  } catch {
    return undefined; // Storage disabled or blocked: no remembered choice.
  }
}

function storeChoice(framework: string): void {
  try {
    window.localStorage.setItem(FRAMEWORK_STORAGE_KEY, framework);
  } catch {
    // Storage full or blocked: the choice still applies to this page.
  }
}

/**
 * <code-pair> shows its two panels side by side when its CSS lays them out in two columns (a
 * container query in CodePair.astro: where each panel gets 21rem, as a laptop's chapter column does),
 * and otherwise as a WAI-ARIA tabs widget (one panel at a time, arrow keys, Home and End).
 * CodePair.astro renders the tabs, hidden; this shows them and keeps the ARIA state in step
 * with what is shown. The unselected panel is hidden by a screen-only rule on data-selected,
 * not by `hidden`, so a printed page shows both. Picking a tab selects that framework in every
 * CodePair on the page and remembers it.
 */
class CodePair extends HTMLElement {
  private tablist: HTMLElement | null = null;
  private tabs: HTMLButtonElement[] = [];
  private panels: HTMLElement[] = [];
  private frameworks: string[] = [];
  private selected: string | undefined;
  private grid: HTMLElement | null = null;
  // The pair's own width decides, not the screen's: a chapter column is narrower than the screen.
  private readonly resized = new ResizeObserver(() => this.render());
  private readonly render = (): void => {
    const columns = this.grid ? getComputedStyle(this.grid).gridTemplateColumns.split(' ').length : 1;
    const asTabs = columns < 2;
    this.toggleAttribute('data-tabs', asTabs);
    if (this.tablist) this.tablist.hidden = !asTabs;
    this.panels.forEach((panel, index) => {
      const isSelected = this.frameworks[index] === this.selected;
      this.tabs[index]?.setAttribute('aria-selected', String(isSelected));
      this.tabs[index]?.setAttribute('tabindex', isSelected ? '0' : '-1');
      panel.toggleAttribute('data-selected', isSelected);
      // The panel keeps its own aria-label, so it needs no aria-labelledby.
      if (asTabs) panel.setAttribute('role', 'tabpanel');
      else panel.removeAttribute('role');
    });
  };
  private readonly onChoice = (event: Event): void => {
    this.selected = parseFrameworkChoice((event as CustomEvent<unknown>).detail, this.frameworks) ?? this.selected;
    this.render();
  };

  connectedCallback(): void {
    if (!this.tablist) this.setUp();
    this.resized.observe(this);
    document.addEventListener(CHOICE_EVENT, this.onChoice);
    this.render();
  }

  disconnectedCallback(): void {
    this.resized.disconnect();
    document.removeEventListener(CHOICE_EVENT, this.onChoice);
  }

  private setUp(): void {
    this.tablist = this.querySelector('[role=tablist]');
    this.tabs = [...this.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    this.grid = this.querySelector('.code-pair-panels');
    this.panels = [...this.querySelectorAll<HTMLElement>('.code-pair-panel')];
    this.frameworks = this.panels.map((panel) => panel.dataset.framework ?? '');
    this.selected = parseFrameworkChoice(readStoredChoice(), this.frameworks) ?? this.frameworks[0];
    this.tablist?.addEventListener('click', (event) => {
      const index = this.tabs.indexOf(event.target as HTMLButtonElement);
      if (index >= 0) this.choose(index);
    });
    this.tablist?.addEventListener('keydown', (event) => {
      const next = tabIndexForKey(event.key, this.tabs.indexOf(event.target as HTMLButtonElement), this.tabs.length);
      if (next === undefined) return;
      event.preventDefault();
      this.choose(next);
      this.tabs[next]?.focus();
    });
  }

  private choose(index: number): void {
    const framework = this.frameworks[index] ?? '';
    storeChoice(framework);
    document.dispatchEvent(new CustomEvent(CHOICE_EVENT, { detail: framework }));
  }
}

if (!customElements.get('code-pair')) customElements.define('code-pair', CodePair);
