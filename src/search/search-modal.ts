import type { PagefindModal } from '@pagefind/component-ui';
import { loadSearchUI, searchInstance, stampTemplate } from './search-loader';

/**
 * The header search's dialog (see site-search.ts, which imports this on first use so that pages
 * load only the trigger up front). `host` is the <site-search> element: it names the instance in
 * data-instance; the <template> of Pagefind elements for that instance ends the page
 * (SiteSearchDialog.astro) and is stamped into the host.
 */
const modals = new WeakMap<HTMLElement, PagefindModal>();

/** Loads Pagefind's UI, so the dialog opens at once later. */
export async function prepareSearch(): Promise<void> {
  await loadSearchUI();
}

/** Opens the dialog, creating it on first use; resolves to its search field. */
export async function openSearchModal(host: HTMLElement, trigger: HTMLElement): Promise<HTMLInputElement | null> {
  let modal = modals.get(host);
  if (!modal) {
    modal = createModal(host, trigger, await loadSearchUI());
    modals.set(host, modal);
  }
  if (!modal.isOpen) {
    modal.open();
    trigger.setAttribute('aria-expanded', 'true');
  }
  const input = modal.querySelector('input');
  input?.focus();
  return input;
}

function createModal(host: HTMLElement, trigger: HTMLElement, ui: Awaited<ReturnType<typeof loadSearchUI>>): PagefindModal {
  const instance = host.dataset.instance ?? 'site';
  searchInstance(ui, instance, host);
  stampTemplate(document.querySelector<HTMLTemplateElement>(`template[data-search-template="${CSS.escape(instance)}"]`), host);
  const modal = host.querySelector<PagefindModal>('pagefind-modal');
  if (!modal?.dialogEl) throw new Error('search modal did not render');
  modal.dialogEl.addEventListener('close', () => {
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  });
  // A result on this very page only changes the fragment: close the dialog so the reader sees
  // it. Modified clicks (new tab, new window) leave it open.
  modal.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    if (event.target instanceof Element && event.target.closest('a[href]')) modal.close();
  });
  return modal;
}
