import { isSearchShortcut } from './search-shortcut';

/**
 * Only the trigger loads with the page. The dialog's code (search-modal.ts), the search panel and
 * its styles come in on the first sign of interest: hover, focus, click or a shortcut.
 */
type SearchModal = typeof import('./search-modal');
let searchModal: Promise<SearchModal> | undefined;
function loadSearchModal(): Promise<SearchModal> {
  return (searchModal ??= import('./search-modal').catch((error: unknown) => {
    searchModal = undefined; // let a later interaction try again
    throw error;
  }));
}

/** Whether a key press lands in a text field, where "/" must type a slash. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

/**
 * <site-search> swaps the header's link to /search/ for the button beside it, which opens
 * the search panel in a modal dialog, and listens for the "/" and Ctrl/Cmd+K shortcuts.
 */
class SiteSearch extends HTMLElement {
  private trigger: HTMLButtonElement | null = null;
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || !isSearchShortcut(event, isTyping(event.target))) return;
    event.preventDefault();
    void this.open();
  };

  connectedCallback(): void {
    const link = this.querySelector('a[data-search-link]');
    const button = this.querySelector('button[aria-haspopup=dialog]');
    if (!link || !(button instanceof HTMLButtonElement)) return;
    // Opening a dialog is a button's job; the link is there for readers without JavaScript.
    link.remove();
    button.hidden = false;
    this.trigger = button;

    button.addEventListener('click', () => void this.open());
    const prepare = () =>
      void loadSearchModal()
        .then((modal) => modal.prepareSearch())
        .catch(() => undefined);
    button.addEventListener('pointerenter', prepare, { once: true });
    button.addEventListener('focus', prepare, { once: true });
    document.addEventListener('keydown', this.onKeydown);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeydown);
  }

  private async open(): Promise<void> {
    const { trigger } = this;
    if (!trigger) return;
    // Keys typed while the dialog loads (a reader presses "/" and types at once) go to the search.
    let typed = '';
    const keepKey = (event: KeyboardEvent): void => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      typed += event.key;
      event.preventDefault();
    };
    document.addEventListener('keydown', keepKey, true);
    trigger.setAttribute('aria-busy', 'true');
    try {
      const input = await (await loadSearchModal()).openSearchModal(this, trigger);
      if (input && typed) {
        input.value += typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } catch {
      // The dialog could not be fetched: fall back to what the link did, the search page. Its
      // address comes from the markup (base path included), so this every-page script needs no
      // site module: a module it shared with the lazy search chunks would cost every page a request.
      window.location.assign(this.dataset.searchPage ?? '/search/');
    } finally {
      document.removeEventListener('keydown', keepKey, true);
      trigger.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
