import { currentSectionIndex } from './toc';

/**
 * <toc-highlight> marks the "On this page" link of the section in view with aria-current: the
 * heading nearest the top of the reading area (below the sticky header, in the upper half of
 * the window; rule in src/guide/toc.ts). An IntersectionObserver watching that same band tells it
 * when the answer may have changed. Where the list is taller than its sticky box and scrolls,
 * the newly marked link is scrolled to the middle of the box; only the box scrolls, never the page
 * (scrollIntoView would move the page too). It lives as long as the page, so it never disconnects.
 */
class TocHighlight extends HTMLElement {
  connectedCallback(): void {
    const links = [...this.querySelectorAll('a')];
    const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    const readingTop = () => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const update = () => {
      // A missing heading is never current: it sorts below everything.
      const tops = headings.map((heading) => heading?.getBoundingClientRect().top ?? Infinity);
      const current = currentSectionIndex(tops, readingTop(), innerHeight / 2);
      links.forEach((link, index) => {
        if (index !== current) link.removeAttribute('aria-current');
        else if (!link.hasAttribute('aria-current')) {
          link.setAttribute('aria-current', 'true');
          // Centre it in the list; where the list does not scroll (or is closed) this does nothing.
          this.scrollTop += link.getBoundingClientRect().top - this.getBoundingClientRect().top - this.clientHeight / 2;
        }
      });
    };
    const observer = new IntersectionObserver(update, { rootMargin: `-${Math.round(readingTop())}px 0px -50% 0px` });
    for (const heading of headings) if (heading) observer.observe(heading);
    update();
  }
}

if (!customElements.get('toc-highlight')) customElements.define('toc-highlight', TocHighlight);
