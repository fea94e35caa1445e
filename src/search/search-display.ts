/**
 * What the search panel (src/search/search-panel.ts) shows, the pure parts: excerpts as text
 * runs to build DOM nodes from, the count beside each filter value, and the summary line. No DOM
 * here, so the unit tests cover it.
 */

import { PROMOTED_WITHIN } from './search';

/**
 * How many results show, and have their data fetched, at first and at each "Show more": as
 * many as a search fetches anyway to put those naming the query first.
 */
export const RESULTS_PER_PAGE = PROMOTED_WITHIN;

/** A run of an excerpt's text: matched words (Pagefind's <mark>) or the text between them. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references Pagefind writes into excerpts (named ones and numeric). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/**
 * An excerpt from Pagefind (escaped text with <mark> around matched words) as plain-text runs.
 * Only <mark> and </mark> mean anything; any other markup stays literal text, because the panel
 * puts each run into the page as a text node.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decodeEntities(piece);
    if (text) parts.push({ text, marked });
  }
  return parts;
}

/** Counts per filter value, as Pagefind returns them: `{ kind: { FAQ: 3 } }`. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * The count beside a filter value, and whether the value is listed. A ticked value shows how
 * many results it has without the other filters' narrowing (`total`, so ticking it never shows
 * 0 for itself); an unticked one how many results ticking it would add (`available`). An
 * unticked value with nothing to add is not listed.
 */
export function filterCount(
  name: string,
  value: string,
  ticked: boolean,
  available: FilterCounts | undefined,
  total: FilterCounts | undefined,
): { count: number; listed: boolean } {
  const availableCount = available?.[name]?.[value] ?? 0;
  const count = ticked ? (total?.[name]?.[value] ?? 0) : availableCount;
  return { count, listed: ticked || availableCount > 0 };
}

/** The summary line for a search: "12 results for orm", "No results for zzz"; filters alone: "12 results". */
export function summaryText(count: number, query: string): string {
  const found = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  return query ? `${found} for ${query}` : found;
}
