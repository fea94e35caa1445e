import { citePopoverId } from './cite-popover';

/**
 * Citation popovers, built once per page from its list of sources (SourceList.astro), so the
 * HTML names each source once. Every entry of the list gets a popover (number, publisher, title
 * and date, linked to /sources/, and a link back to the list), and every marker, a link to its
 * entry that works without JavaScript (Cite.astro), becomes the button that opens it natively.
 * The markup copied is the page's own, written by the build.
 */
const list = document.querySelector('section.source-list');
// An entry's number is its place in the list (SourceList.astro numbers the list 1, 2, 3 … as the markers are).
for (const [index, entry] of [...(list?.querySelectorAll('li') ?? [])].entries())
  list!.insertAdjacentHTML(
    'beforeend',
    `<span id="${citePopoverId(entry.id)}" popover class="cite-pop"><span class="cite-pop-title">Source</span><a href="${entry.querySelector('a')?.getAttribute('href')}" class="cite-source"><span class="cite-number">${index + 1}</span><span>${entry.innerHTML.replace(/<\/?a\b[^>]*>/g, '')}</span></a><a href="#${list!.getAttribute('aria-labelledby')}" class="cite-all">All sources of this page</a></span>`,
  );
for (const marker of document.querySelectorAll<HTMLAnchorElement>('.cite a'))
  marker.outerHTML = `<button type="button" class="cite-marker" popovertarget="${citePopoverId(marker.hash.slice(1))}" aria-label="Source ${marker.text}">${marker.text}</button>`;
