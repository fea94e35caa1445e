import { currentSectionIndex } from '../lib/toc';

/**
 * <toc-highlight> marks the "On this page" link of the section in view with aria-current: the
 * heading nearest the top of the reading area (below the sticky header, in the upper half of
 * the window; rule in src/lib/toc.ts). An IntersectionObserver watching that same band tells it
 * when the answer may have changed.
 */
class TocHighlight extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private headings: HTMLElement[] = [];
  private observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.headings = this.links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (this.headings.length === 0) return;
    const top = Math.round(this.readingTop());
    this.observer = new IntersectionObserver(() => this.update(), { rootMargin: `-${top}px 0px -50% 0px` });
    for (const heading of this.headings) this.observer.observe(heading);
    this.update();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  /** Where the reading area starts: the bottom of the sticky header. */
  private readingTop(): number {
    return document.querySelector('body > header')?.getBoundingClientRect().bottom ?? 0;
  }

  private update(): void {
    const index = currentSectionIndex(
      this.headings.map((heading) => heading.getBoundingClientRect().top),
      this.readingTop(),
      window.innerHeight / 2,
    );
    const currentId = this.headings[index]?.id;
    for (const link of this.links) {
      if (currentId && decodeURIComponent(link.hash.slice(1)) === currentId) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('toc-highlight')) customElements.define('toc-highlight', TocHighlight);
