import { searchPageUrl } from './search';
import { withBase } from '../site/site';
import type { SearchOutcome } from './search-correction';
import { showSearchHelp } from './search-help';

/**
 * Shows a search's outcome beside the results, inside `host` (the search panel,
 * src/search/search-panel.ts): a "did you mean" link, the note that a correction's results are
 * shown, and for no results at all the empty state (popular topics and the guide:
 * src/search/search-help.ts). `host.dataset.searchOutcome` lets CSS hide what would look
 * broken (an empty filter box): it is "empty" whenever no results are shown.
 */
export function showOutcome(host: HTMLElement, outcome: SearchOutcome): void {
  const notice = host.querySelector<HTMLElement>('[data-search-notice]');
  const help = host.querySelector<HTMLElement>('[data-search-help]');
  const nothingShown = outcome.kind === 'empty' || (outcome.kind === 'suggested' && outcome.typedCount === 0);
  host.dataset.searchOutcome = nothingShown ? 'empty' : outcome.kind;
  if (help) showSearchHelp(help, nothingShown);
  if (!notice) return;
  notice.replaceChildren();
  if (outcome.kind === 'found') return;

  const quoted = (text: string) => {
    const element = document.createElement('strong');
    element.textContent = text;
    return element;
  };
  // No results at all: the summary says so, and the help below shows the way on.
  if (outcome.kind === 'empty') return;
  const line = document.createElement('p');
  if (outcome.kind === 'corrected') {
    line.append(
      'No results for ',
      quoted(outcome.typed),
      `. Showing ${outcome.count} ${plural(outcome.count)} for `,
      quoted(outcome.query),
      '.',
    );
  } else {
    line.append('Did you mean ', suggestionLink(host, outcome.query), `? (${outcome.count} ${plural(outcome.count)})`);
  }
  notice.append(line);
}

const plural = (count: number) => (count === 1 ? 'result' : 'results');

/** A link to the corrected search: in place, through the search field; a real link otherwise. */
function suggestionLink(host: HTMLElement, query: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = withBase(searchPageUrl({ query, filters: {} }));
  link.textContent = query;
  link.addEventListener('click', (event) => {
    const input = host.querySelector<HTMLInputElement>('input[type="search"], input');
    if (!input || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation(); // the modal closes on clicks on links
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  return link;
}
