import { announce } from './announce';

/**
 * <copy-link> wraps an ordinary link to an anchor (which works without JavaScript). With
 * JavaScript, activating it copies the link's absolute URL to the clipboard instead, marks the
 * control as copied for a moment (CopyLink.astro's CSS shows "Link copied" beside it) and
 * announces "Link copied".
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
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard access: fall back to following the link, which puts the URL in the address bar.
      window.location.href = url;
      return;
    }
    this.dataset.copied = '';
    announce('Link copied');
    window.setTimeout(() => delete this.dataset.copied, 2000);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
