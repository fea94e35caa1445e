/**
 * Pagefind adds this parameter (one per search word) to result links; the target page highlights
 * them. Its own module because every page checks for it on load.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
