import { HIGHLIGHT_PARAM } from './search-param';

// Only a reader arriving from a search result needs the highlighter: fetch it just then.
if (new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM)?.trim()) {
  void import('./search-highlight-apply').then(({ highlightSearchTerms }) => highlightSearchTerms());
}
