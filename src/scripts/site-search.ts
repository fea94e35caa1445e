import type { PagefindModal } from '@pagefind/component-ui';
import { isSearchShortcut } from '../lib/search-shortcut';

/** The loader and Pagefind's UI come in on first use, so pages load no search code up front. */
type SearchLoader = typeof import('./search-loader');
let searchLoader: Promise<SearchLoader> | undefined;
const loadSearchLoader = (): Promise<SearchLoader> => (searchLoader ??= import('./search-loader'));
const loadSearchUI = async () => (await loadSearchLoader()).loadSearchUI();

/** Whether a key press lands in a text field, where "/" must type a slash. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

/**
 * <site-search> turns the header's link to /search/ into a button that opens Pagefind's
 * Component UI in a modal dialog, and listens for the "/" and Ctrl/Cmd+K shortcuts. The UI is
 * fetched on the first sign of interest (hover, focus, click or a shortcut), never on page load.
 */
class SiteSearch extends HTMLElement {
  private trigger: HTMLButtonElement | undefined;
  private modal: PagefindModal | undefined;

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || !isSearchShortcut(event, isTyping(event.target))) return;
    event.preventDefault();
    void this.open();
  };

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-search-link]');
    if (!link) return;
    // Opening a dialog is a button's job; the link stays for readers without JavaScript.
    const button = document.createElement('button');
    // Keep class and Astro's scoping attribute, so the button looks exactly like the link.
    for (const { name, value } of link.attributes) {
      if (name !== 'href' && name !== 'data-search-link') button.setAttribute(name, value);
    }
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    button.append(...link.childNodes);
    link.replaceWith(button);
    this.trigger = button;

    button.addEventListener('click', () => void this.open());
    for (const intent of ['pointerenter', 'focus'] as const) {
      button.addEventListener(intent, () => void loadSearchUI().catch(() => undefined), { once: true });
    }
    document.addEventListener('keydown', this.onKeydown);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeydown);
  }

  private async open(): Promise<void> {
    if (this.modal?.isOpen) {
      this.modal.querySelector('input')?.focus();
      return;
    }
    // Keys typed while the UI loads (a reader presses "/" and types at once) go to the search.
    const typed: string[] = [];
    const keepKey = (event: KeyboardEvent): void => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      typed.push(event.key);
      event.preventDefault();
    };
    document.addEventListener('keydown', keepKey, true);
    this.trigger?.setAttribute('aria-busy', 'true');
    try {
      this.modal ??= this.createModal(await loadSearchLoader(), await loadSearchUI());
      this.modal.open();
      this.trigger?.setAttribute('aria-expanded', 'true');
      const input = this.modal.querySelector('input');
      input?.focus();
      if (input && typed.length > 0) {
        input.value += typed.join('');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } catch {
      // The UI could not be fetched: fall back to what the link did, the search page.
      window.location.assign('/search/');
    } finally {
      document.removeEventListener('keydown', keepKey, true);
      this.trigger?.removeAttribute('aria-busy');
    }
  }

  private createModal(loader: SearchLoader, ui: Awaited<ReturnType<SearchLoader['loadSearchUI']>>): PagefindModal {
    loader.searchInstance(ui, this.dataset.instance ?? 'site');
    loader.stampTemplate(this.querySelector('template'), this);
    const modal = this.querySelector<PagefindModal>('pagefind-modal');
    if (!modal?.dialogEl) throw new Error('search modal did not render');
    modal.dialogEl.addEventListener('close', () => {
      this.trigger?.setAttribute('aria-expanded', 'false');
      this.trigger?.focus();
    });
    // A result on this very page only changes the fragment: close the dialog so the reader sees
    // it. Modified clicks (new tab, new window) leave it open.
    modal.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      if (event.target instanceof Element && event.target.closest('a[href]')) modal.close();
    });
    return modal;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
