import { FRAMEWORK_STORAGE_KEY, parseFrameworkChoice, tabIndexForKey } from '../lib/code-pair';

/** Tailwind's `lg` breakpoint: from here both panels fit side by side. */
const WIDE_SCREEN = '(min-width: 64rem)';
/** Tells every CodePair on the page which framework the reader picked. */
const CHOICE_EVENT = 'dvf:framework-choice';

let instances = 0;

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
 * <code-pair> turns its two panels into a WAI-ARIA tabs widget below the `lg` breakpoint (one
 * panel at a time, arrow keys, Home and End) and leaves them side by side above it. Picking a
 * tab selects that framework in every CodePair on the page and remembers it for the next visit.
 */
class CodePair extends HTMLElement {
  private panels: HTMLElement[] = [];
  private tabs: HTMLButtonElement[] = [];
  private tablist: HTMLElement | undefined;
  private selected = '';
  private readonly wide = window.matchMedia(WIDE_SCREEN);
  private readonly onMediaChange = () => this.render();
  private readonly onChoice = (event: Event) => {
    const framework = parseFrameworkChoice((event as CustomEvent<unknown>).detail, this.frameworks);
    if (framework) {
      this.selected = framework;
      this.render();
    }
  };

  connectedCallback(): void {
    if (!this.tablist) this.build();
    this.wide.addEventListener('change', this.onMediaChange);
    document.addEventListener(CHOICE_EVENT, this.onChoice);
    this.render();
  }

  disconnectedCallback(): void {
    this.wide.removeEventListener('change', this.onMediaChange);
    document.removeEventListener(CHOICE_EVENT, this.onChoice);
  }

  private get frameworks(): string[] {
    return this.panels.map((panel) => panel.dataset.framework ?? '');
  }

  private build(): void {
    const base = `code-pair-${++instances}`;
    const caption = this.querySelector('figcaption');
    this.panels = [...this.querySelectorAll<HTMLElement>('.code-pair-panel[data-framework]')];
    this.selected = parseFrameworkChoice(readStoredChoice(), this.frameworks) ?? this.frameworks[0] ?? '';

    const tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    if (caption) {
      caption.id ||= `${base}-caption`;
      tablist.setAttribute('aria-labelledby', caption.id);
    }
    this.tabs = this.panels.map((panel, index) => {
      const framework = this.frameworks[index] ?? '';
      panel.id = `${base}-${framework}`;
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${base}-${framework}-tab`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = panel.querySelector('.code-pair-label')?.textContent ?? framework;
      tab.addEventListener('click', () => this.choose(framework));
      tab.addEventListener('keydown', (event) => this.onKeyDown(event, index));
      tablist.append(tab);
      return tab;
    });
    caption?.after(tablist);
    this.tablist = tablist;
  }

  private onKeyDown(event: KeyboardEvent, index: number): void {
    const next = tabIndexForKey(event.key, index, this.tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    this.choose(this.frameworks[next] ?? '');
    this.tabs[next]?.focus();
  }

  private choose(framework: string): void {
    storeChoice(framework);
    document.dispatchEvent(new CustomEvent(CHOICE_EVENT, { detail: framework }));
  }

  /** Tabs below the breakpoint, plain labelled panels above it: the ARIA roles follow what is shown. */
  private render(): void {
    const asTabs = !this.wide.matches;
    this.toggleAttribute('data-tabs', asTabs);
    if (this.tablist) this.tablist.hidden = !asTabs;
    this.panels.forEach((panel, index) => {
      const tab = this.tabs[index];
      const isSelected = this.frameworks[index] === this.selected;
      tab?.setAttribute('aria-selected', String(isSelected));
      if (tab) tab.tabIndex = isSelected ? 0 : -1;
      panel.hidden = asTabs && !isSelected;
      if (asTabs && tab) {
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', tab.id);
      } else {
        panel.removeAttribute('role');
        panel.removeAttribute('aria-labelledby');
      }
    });
  }
}

if (!customElements.get('code-pair')) customElements.define('code-pair', CodePair);
