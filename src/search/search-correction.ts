/**
 * "Did you mean": corrects the misspelt words of a query against the site's vocabulary
 * (src/search/search-vocabulary.ts). Pagefind matches word beginnings exactly and has no typo
 * tolerance, so "djnago" or "celry" find nothing at all.
 *
 * Written here rather than taken from a library: the well-kept edit-distance packages compute
 * plain Levenshtein distance, where swapping two letters ("flaks") costs 2, as much as two
 * unrelated letters; the commonest typo should cost 1. The code is a few dozen lines.
 */
import { MIN_WORD_LENGTH, type Vocabulary } from './search-vocabulary.ts';
import { soundKey } from './search-sound.ts';

/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1. Returns `max + 1` as soon as
 * the distance is known to exceed `max`, which keeps a scan of the whole vocabulary cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many edits a word of this length may need: one for short words, two from six letters. */
export function allowedEdits(word: string): number {
  return word.length >= 6 ? 2 : 1;
}

/**
 * A correction is clear when no other candidate comes close: the best is nearer than any other,
 * or at the same distance at least this many times as frequent in the site's text.
 */
const CLEAR_FREQUENCY_RATIO = 3;

export interface WordCorrection {
  word: string;
  /** Whether the correction is safe to apply without asking. */
  clear: boolean;
}

/** Whether Pagefind would find the word: some site word starts with it. */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.has(word)) return true;
  for (const known of vocabulary.keys()) if (known.startsWith(word)) return true;
  return false;
}

/**
 * The site word nearest to `word`, favouring frequent words among equally near ones; null when
 * the word is known already, too short to judge, or nothing is near enough.
 */
export function correctWord(word: string, vocabulary: Vocabulary): WordCorrection | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD_LENGTH || !/^\p{L}[\p{L}\p{N}]*$/u.test(lower) || isKnown(lower, vocabulary)) return null;
  const max = allowedEdits(lower);
  // As it sounds, judged by the sound's own length: "zzzqqq" sounds like "sc", which is no word
  // to compare ("see" is one edit from it), while "migrashun" sounds like "migration".
  const sound = soundKey(lower);
  const soundMax = sound.length < MIN_WORD_LENGTH ? -1 : Math.min(max, allowedEdits(sound));
  const candidates: { word: string; distance: number; count: number }[] = [];
  for (const [candidate, count] of vocabulary) {
    // As typed, or as it sounds ("migrashun" for "migration"), whichever is nearer.
    const bySound = soundMax < 0 ? max + 1 : editDistance(sound, soundKey(candidate), soundMax);
    const distance = Math.min(editDistance(lower, candidate, max), bySound <= soundMax ? bySound : max + 1);
    if (distance <= max) candidates.push({ word: candidate, distance, count });
  }
  candidates.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word));
  const [best, second] = candidates;
  if (!best) return null;
  const clear = !second || second.distance > best.distance || best.count >= CLEAR_FREQUENCY_RATIO * second.count;
  return { word: best.word, clear };
}

export interface QueryCorrection {
  /** The query with each misspelt word replaced. */
  query: string;
  /** Whether every replacement is clear (see correctWord). */
  clear: boolean;
}

/**
 * The query with its misspelt words corrected, other words and their order kept; null when no
 * word needs (or has) a correction. Quoted phrases are left alone: the reader chose the words.
 */
export function correctQuery(query: string, vocabulary: Vocabulary): QueryCorrection | null {
  if (query.includes('"')) return null;
  let changed = false;
  let clear = true;
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const correction = correctWord(word, vocabulary);
      if (!correction) return word;
      changed = true;
      clear &&= correction.clear;
      return correction.word;
    });
  return changed ? { query: words.join(' '), clear } : null;
}

/** What a search came to, for the notice beside the results (src/search/search-notice.ts). */
export type SearchOutcome =
  | { kind: 'found' }
  /** Nothing (or only Pagefind's fallback) for what was typed; the results shown are the clear correction's. */
  | { kind: 'corrected'; typed: string; query: string; count: number }
  /** `typedCount` (few or no) results; the correction, offered as a link, finds `count`. */
  | { kind: 'suggested'; typed: string; query: string; count: number; typedCount: number }
  | { kind: 'empty'; typed: string };

/**
 * What to show, given what the typed words found (`count`, and whether the best result contains
 * them) and the correction with the number of results it finds. A clear correction with results
 * replaces results that are none or only the fallback's; an unclear one, or one beside genuine
 * results, is offered if it finds more.
 */
export function searchOutcome(
  typed: string,
  found: { count: number; typedFound: boolean },
  correction: QueryCorrection | null,
  correctedCount: number,
): SearchOutcome {
  const { count, typedFound } = found;
  if (!correction || correctedCount === 0 || (typedFound && correctedCount <= count)) {
    return count === 0 ? { kind: 'empty', typed } : { kind: 'found' };
  }
  if (correction.clear && !typedFound) return { kind: 'corrected', typed, query: correction.query, count: correctedCount };
  return { kind: 'suggested', typed, query: correction.query, count: correctedCount, typedCount: count };
}
