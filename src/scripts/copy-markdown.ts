import type { LiveAnnouncer } from './announce';

/**
 * <copy-markdown> holds a link to the chapter's Markdown twin (which works without JavaScript)
 * and a hidden button. With JavaScript the button shows and copies the twin's text: the fetch
 * is handed to the clipboard as a pending item, so browsers that require the copy to happen
 * during the click (Safari) accept it; where ClipboardItem is missing, the text is written once
 * fetched. On failure the reader is sent to the Markdown itself.
 */
class CopyMarkdown extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy());
  }

  private async copy(): Promise<void> {
    const href = this.querySelector('a')?.href ?? '';
    const text = fetch(href).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    });
    try {
      if (typeof ClipboardItem === 'function') {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': text.then((value) => new Blob([value], { type: 'text/plain' })) }),
        ]);
      } else {
        await navigator.clipboard.writeText(await text);
      }
    } catch {
      window.location.href = href;
      return;
    }
    this.dataset.copied = '';
    document.querySelector<LiveAnnouncer>('live-announcer')?.announce('Page copied as Markdown');
    window.setTimeout(() => delete this.dataset.copied, 2000);
  }
}

if (!customElements.get('copy-markdown')) customElements.define('copy-markdown', CopyMarkdown);
