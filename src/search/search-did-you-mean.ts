import type { Instance } from '@pagefind/component-ui';
import { promoteNamedResults, PROMOTED_WITHIN, VOCABULARY_PATH, type TitledMatch } from './search';
import { correctQuery, needsCorrection, searchOutcome, type SearchOutcome } from './search-correction';
import { parseVocabulary, type Vocabulary } from './search-vocabulary';
import { withBase } from '../site/site';

interface PagefindResults {
  results: { data: () => Promise<TitledMatch & { content?: string }> }[];
}
interface Pagefind {
  search(term: string | null, options: object): Promise<PagefindResults | null>;
}
/** The instance's loaded Pagefind module: not part of the UI's typed API, so reached here only. */
const pagefindOf = (instance: Instance) => (instance as unknown as { __pagefind__: Pagefind | null }).__pagefind__;

let vocabulary: Promise<Vocabulary> | undefined;

/** The site's vocabulary, fetched once and only when a query finds (almost) nothing. */
function loadVocabulary(): Promise<Vocabulary> {
  return (vocabulary ??= fetch(withBase(`/${VOCABULARY_PATH}`))
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
    .then(parseVocabulary)
    .catch(() => {
      vocabulary = undefined; // offline or blocked: no suggestions now, try again next time
      return new Map<string, number>();
    }));
}

/**
 * Makes Pagefind return the results that name the query exactly first (promoteNamedResults).
 * Their data is loaded to read the titles; Pagefind caches it, so the UI does not fetch it twice.
 */
function promoteNamed(pagefind: Pagefind): void {
  const marked = pagefind as Pagefind & { promotesNamed?: true };
  if (marked.promotesNamed) return;
  marked.promotesNamed = true;
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    const found = await search(term, options);
    if (!found || !term) return found;
    const data = await Promise.all(found.results.slice(0, PROMOTED_WITHIN).map((result) => result.data()));
    return { ...found, results: promoteNamedResults(found.results, data, term) };
  };
}

/** Whether the best result contains every typed word as the start of a word (see needsCorrection). */
async function bestResultHasWords(found: PagefindResults | undefined, terms: string): Promise<boolean> {
  const content = ((await found?.results[0]?.data())?.content ?? '').toLowerCase();
  return terms
    .toLowerCase()
    .split(' ')
    .every((term) => content.includes(` ${term}`) || content.startsWith(term));
}

type Search = (terms: string, filters: Record<string, { any: string[] }>) => Promise<void>;

/**
 * Runs a search the UI asked for and works out its outcome (src/search/search-correction.ts says
 * when a correction replaces the results and when it is offered). `search` is the UI's own
 * step, which shows results; `isCurrent` says whether a newer search has started meanwhile, in
 * which case the outcome is null and nothing more is shown.
 */
export async function searchWithCorrection(
  instance: Instance,
  search: Search,
  typed: string,
  terms: string,
  filters: Record<string, { any: string[] }>,
  isCurrent: () => boolean,
): Promise<SearchOutcome | null> {
  await instance.__load__();
  const pagefind = pagefindOf(instance);
  if (pagefind) promoteNamed(pagefind);
  await search(terms, filters);
  if (!isCurrent()) return null;
  const found = instance.searchResult as unknown as PagefindResults | undefined;
  const count = found?.results?.length ?? 0;
  if (!terms || !pagefind) return count === 0 && terms ? { kind: 'empty', typed } : { kind: 'found' };
  const typedFound = count > 0 && (await bestResultHasWords(found, terms));
  if (!isCurrent()) return null;
  if (!needsCorrection(count, typedFound)) return { kind: 'found' };

  const correction = correctQuery(terms, await loadVocabulary());
  const correctedCount = correction ? ((await pagefind.search(correction.query, { filters }))?.results.length ?? 0) : 0;
  if (!isCurrent()) return null;
  const outcome = searchOutcome(typed, { count, typedFound }, correction, correctedCount);
  if (outcome.kind === 'corrected' && correction) {
    await search(correction.query, filters);
    if (!isCurrent()) return null;
  }
  return outcome;
}
