import { HIGHLIGHT_PARAM } from '../lib/search';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string };
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

/**
 * A reader arriving from a search result has the searched words in ?pagefind-highlight=…;
 * Pagefind's highlight script then marks them in the page's indexed content. The script is
 * fetched only when that parameter is present. Its own inline <style> would break the CSP, so
 * it is turned off: global.css styles the marks (background only, so nothing moves).
 */
async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM)?.trim()) return;
  const script = '/pagefind/pagefind-highlight.js'; // served by the site, not bundled
  try {
    const module = (await import(/* @vite-ignore */ script)) as { default: PagefindHighlightClass };
    new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-highlight' } });
  } catch {
    // Highlighting is a nicety: without it the page is still the right page.
  }
}

void highlightSearchTerms();
