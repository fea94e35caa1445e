import type { LiveAnnouncer } from '../site/announce';
import { withBase } from '../site/site';

/** A site path as an absolute URL of this deployment, for a decision record's links. */
export const absoluteUrl = (path: string): string => new URL(withBase(path), window.location.origin).href;

const RESET_AFTER_MS = 2000;

/**
 * <record-export> (DecisionRecordExport.astro): "Copy as decision record" and "Download (.md)"
 * for the Markdown in its text element, which the page's widget keeps current (or the build wrote).
 * The buttons stay hidden without JavaScript; the text inside its <details> is selectable text
 * either way. If the clipboard is unavailable the record is opened and selected instead.
 */
class RecordExport extends HTMLElement {
  connectedCallback(): void {
    const controls = this.querySelector<HTMLElement>('[data-record-controls]');
    const copy = this.querySelector<HTMLButtonElement>('[data-record-copy]');
    const download = this.querySelector<HTMLButtonElement>('[data-record-download]');
    if (!controls || !copy || !download || !this.text()) return;
    copy.addEventListener('click', () => void this.copy(copy));
    download.addEventListener('click', () => this.download());
    controls.hidden = false;
  }

  private text(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[data-record-text]');
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const text = this.text();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
    } catch {
      const details = this.querySelector('details');
      if (details) details.open = true;
      window.getSelection()?.selectAllChildren(text);
      this.announce('Copy failed; the record is selected');
      return;
    }
    const label = button.textContent;
    button.textContent = 'Copied';
    this.announce('Decision record copied');
    window.setTimeout(() => {
      button.textContent = label;
    }, RESET_AFTER_MS);
  }

  private download(): void {
    const blob = new Blob([this.text()?.textContent ?? ''], { type: 'text/markdown;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.dataset.fileName ?? 'decision-record.md';
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  private announce(message: string): void {
    document.querySelector<LiveAnnouncer>('live-announcer')?.announce(message);
  }
}

if (!customElements.get('record-export')) customElements.define('record-export', RecordExport);
