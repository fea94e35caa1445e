/**
 * Searches through Pagefind's JS API (dist/pagefind/pagefind.js, written by the build), the way
 * the relevance tests do (tests/browser/search-api.ts): the site's options, the query without
 * stop words (searchTerms), filters combined with "any" (pagefindFilters), results naming the
 * query first (promoteNamedResults), and "did you mean" for queries that find (almost) nothing
 * (src/search/search-did-you-mean.ts, fetched only for such a query). Only the data (fragment)
 * of the results about to be shown is fetched: a chapter's fragment holds its whole text.
 */
import { needsCorrection, PAGEFIND_OPTIONS, PROMOTED_WITHIN, pagefindFilters, promoteNamedResults, type TitledMatch } from './search';
import type { SearchOutcome } from './search-correction';
import type { FilterCounts } from './search-display';
import { withBase } from '../site/site';

/** A section of a result's page, as Pagefind returns it. */
export interface SectionData {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** A result's data, as Pagefind returns it (the fields the panel reads). */
export interface ResultData extends TitledMatch {
  url: string;
  excerpt: string;
  content?: string;
  meta: { title?: string };
  sub_results?: SectionData[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}

export type Filters = Record<string, { any: string[] }>;

interface Pagefind {
  search(term: string | null, options: { filters: Filters }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded once with the site's options; the panel starts this as soon as its field has
 * focus, so the download overlaps the typing. On the main thread: for an index this small a
 * query takes about a millisecond, and Pagefind's worker script would add 12 KB to the first
 * search. Its files and result URLs sit under the site's base path. The filters' index (under
 * 1 KB) comes at once: without it Pagefind counts no filter values.
 */
export function loadPagefind(): Promise<Pagefind> {
  const bundle = withBase('/pagefind/pagefind.js'); // served by the site, not bundled
  return (pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<{ createInstance(options: object): Pagefind }>)
    .then(async (module) => {
      const engine = module.createInstance({
        ...PAGEFIND_OPTIONS,
        noWorker: true,
        basePath: withBase('/pagefind/'),
        baseUrl: withBase('/'),
      });
      await engine.filters();
      return engine;
    })
    .catch((error: unknown) => {
      pagefind = undefined; // offline or blocked: let a later search try again
      throw error;
    }));
}

/** What a search found: every result in the order shown, the first ones with their data. */
export interface Found {
  results: PagefindResult[];
  /** The data of the first results (at most PROMOTED_WITHIN), in the same order. */
  data: ResultData[];
  available: FilterCounts | undefined;
  total: FilterCounts | undefined;
}

/** Searches, fetches the first results' data and moves those naming the query ahead. */
async function find(engine: Pagefind, terms: string, filters: Filters): Promise<Found> {
  const found = await engine.search(terms || null, { filters });
  const results = found?.results ?? [];
  const data = await Promise.all(results.slice(0, PROMOTED_WITHIN).map((result) => result.data()));
  const byResult = new Map(results.map((result, index) => [result, data[index]]));
  const ordered = terms ? promoteNamedResults(results, data, terms) : results;
  return {
    results: ordered,
    data: ordered.slice(0, data.length).map((result) => byResult.get(result) as ResultData),
    available: found?.filters,
    total: found?.totalFilters,
  };
}

/** Whether the best result contains every typed word as the start of a word (see needsCorrection). */
function hasWords(best: ResultData | undefined, terms: string): boolean {
  const content = (best?.content ?? '').toLowerCase();
  return terms
    .toLowerCase()
    .split(' ')
    .every((term) => content.includes(` ${term}`) || content.startsWith(term));
}

/**
 * Runs a search and works out its outcome (search-correction.ts says when a correction replaces
 * the results and when it is offered). `typed` is what the reader typed, `terms` what Pagefind
 * searches for, `selection` the ticked filter values. Null when `isCurrent` says a newer search
 * has started meanwhile.
 */
export async function searchWithCorrection(
  typed: string,
  terms: string,
  selection: Readonly<Record<string, readonly string[]>>,
  isCurrent: () => boolean,
): Promise<{ found: Found; outcome: SearchOutcome } | null> {
  const engine = await loadPagefind();
  const filters = pagefindFilters(selection);
  const found = await find(engine, terms, filters);
  if (!isCurrent()) return null;
  const count = found.results.length;
  if (!terms) return { found, outcome: { kind: 'found' } };
  const typedFound = count > 0 && hasWords(found.data[0], terms);
  if (!needsCorrection(count, typedFound)) return { found, outcome: { kind: 'found' } };

  const { didYouMean } = await import('./search-did-you-mean');
  const countFor = async (query: string) => (await engine.search(query, { filters }))?.results.length ?? 0;
  const { outcome, query } = await didYouMean(typed, terms, { count, typedFound }, countFor);
  if (!isCurrent()) return null;
  if (outcome.kind !== 'corrected') return { found, outcome };
  const corrected = await find(engine, query, filters);
  return isCurrent() ? { found: corrected, outcome } : null;
}
