/**
 * <live-announcer>: the page's shared polite live region (Base.astro), which speaks short status
 * messages such as "Link copied". Scripts in the same bundle call announce(); a page's own
 * widget script calls the element's announce() method (importing only its type), so it does not
 * pull this module into a chunk of its own.
 */
export class LiveAnnouncer extends HTMLElement {
  announce(message: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.textContent = '';
    window.setTimeout(() => {
      this.textContent = message;
    }, 50);
  }
}

if (!customElements.get('live-announcer')) customElements.define('live-announcer', LiveAnnouncer);

export function announce(message: string): void {
  document.querySelector<LiveAnnouncer>('live-announcer')?.announce(message);
}
