import { announce } from '../site/announce';

/**
 * <copy-link> wraps an ordinary link to an anchor (which works without JavaScript). With
 * JavaScript, activating it copies the link's absolute URL to the clipboard instead, marks the
 * control as copied for a moment (CopyLink.astro's CSS shows its data-done words, "Link copied"
 * by default, beside it) and announces them. With `data-copy-content` it copies the text the URL
 * serves instead (a chapter's Markdown twin); where the clipboard refuses, the reader lands on
 * that text.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('a')?.addEventListener('click', (event) => void this.copy(event));
  }

  private async copy(event: MouseEvent): Promise<void> {
    const link = event.currentTarget as HTMLAnchorElement;
    // Modified clicks (new tab, etc.) keep their usual meaning.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const url = new URL(this.dataset.copy ?? link.getAttribute('href') ?? '', window.location.href).href;
    try {
      await navigator.clipboard.writeText('copyContent' in this.dataset ? await (await fetch(url)).text() : url);
    } catch {
      // No clipboard access: fall back to following the link, which puts the URL in the address bar.
      window.location.href = url;
      return;
    }
    this.dataset.copied = '';
    announce(this.dataset.done ?? 'Link copied');
    window.setTimeout(() => delete this.dataset.copied, 2000);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
