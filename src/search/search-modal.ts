import { loadSearchUI } from './search-loader';

/**
 * The header search's dialog (see site-search.ts, which imports this on first use so that pages
 * load only the trigger up front), built into `host`, the <site-search> element, on first use:
 * no page carries its markup. The search panel inside builds the rest (src/search/search-panel.ts).
 */
const DIALOG_HTML =
  '<dialog class="search-dialog" aria-label="Search the guide"><search-panel class="search-panel"></search-panel>' +
  '<div class="search-dialog-footer"><p class="search-hints"><span><kbd>↑</kbd> <kbd>↓</kbd> move</span><span><kbd>Enter</kbd> open</span><span><kbd>Esc</kbd> close</span></p>' +
  '<button type="button" class="search-close" data-search-close>Close</button></div></dialog>';

const dialogs = new WeakMap<HTMLElement, HTMLDialogElement>();

/** Loads the search panel's code and styles, so the dialog opens at once later. */
export async function prepareSearch(): Promise<void> {
  await loadSearchUI();
}

/** Opens the dialog, creating it on first use; resolves to its search field. */
export async function openSearchModal(host: HTMLElement, trigger: HTMLElement): Promise<HTMLInputElement | null> {
  await loadSearchUI();
  let dialog = dialogs.get(host);
  if (!dialog) {
    dialog = createDialog(host, trigger);
    dialogs.set(host, dialog);
  }
  if (!dialog.open) {
    dialog.showModal();
    trigger.setAttribute('aria-expanded', 'true');
  }
  const input = dialog.querySelector<HTMLInputElement>('input[type=search]');
  input?.focus();
  return input;
}

function createDialog(host: HTMLElement, trigger: HTMLElement): HTMLDialogElement {
  host.insertAdjacentHTML('beforeend', DIALOG_HTML);
  const dialog = host.querySelector('dialog');
  if (!dialog) throw new Error('search dialog did not render');
  dialog.addEventListener('close', () => {
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  });
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop lands on the dialog itself, outside its box: close.
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
      return;
    }
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('[data-search-close]')) dialog.close();
    // A result on this very page only changes the fragment: close the dialog so the reader sees
    // it. Modified clicks (new tab, new window) leave it open.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    if (event.target.closest('a[href]')) dialog.close();
  });
  return dialog;
}
