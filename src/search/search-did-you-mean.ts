/**
 * "Did you mean", for a search that found (almost) nothing: fetched only then, with the site's
 * vocabulary, so a first search that finds what was typed downloads neither
 * (src/search/search-engine.ts decides when; search-correction.ts does the correcting).
 */
import { VOCABULARY_PATH } from './search';
import { correctQuery, searchOutcome, type SearchOutcome } from './search-correction';
import { parseVocabulary, type Vocabulary } from './search-vocabulary';
import { withBase } from '../site/site';

let vocabulary: Promise<Vocabulary> | undefined;

/** The site's vocabulary, fetched once. */
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
 * The outcome of a search for `terms` (typed as `typed`) that found `found`, and the query whose
 * results to show: the correction when it replaces the results, else `terms`. `countFor` counts
 * what a query finds, with the reader's filters.
 */
export async function didYouMean(
  typed: string,
  terms: string,
  found: { count: number; typedFound: boolean },
  countFor: (query: string) => Promise<number>,
): Promise<{ outcome: SearchOutcome; query: string }> {
  const correction = correctQuery(terms, await loadVocabulary());
  const correctedCount = correction ? await countFor(correction.query) : 0;
  const outcome = searchOutcome(typed, found, correction, correctedCount);
  return { outcome, query: outcome.kind === 'corrected' && correction ? correction.query : terms };
}
