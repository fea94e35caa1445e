/**
 * The site's own words and how often each occurs in the search index, for "did you mean".
 * The build counts them (src/search/pagefind.ts) and writes them as a small text file
 * that the search UI fetches only when a query finds (almost) nothing.
 *
 * The file is one line per frequency, most frequent first: `count word word …`. Grouping by
 * count keeps it small (most words share a handful of low counts) and gzip-friendly.
 */

/** Words shorter than this are neither counted nor corrected: too many near neighbours. */
export const MIN_WORD_LENGTH = 3;
/** Longer "words" are identifiers or hashes rather than words readers type. */
const MAX_WORD_LENGTH = 24;

/** The words of a text as search sees them: lower-case runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= MIN_WORD_LENGTH && word.length <= MAX_WORD_LENGTH && /\p{L}/u.test(word),
  );
}

export type Vocabulary = ReadonlyMap<string, number>;

/** Adds the words of one text to `counts`: the build counts record by record, holding no texts. */
export function countWords(counts: Map<string, number>, text: string): void {
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** Counts the words of every text; `extra` words (readers' terms) count once if absent. */
export function buildVocabulary(
  texts: Iterable<string>,
  extra: Iterable<string> = [],
  counts = new Map<string, number>(),
): Map<string, number> {
  for (const text of texts) countWords(counts, text);
  for (const text of extra) for (const word of wordsOf(text)) if (!counts.has(word)) counts.set(word, 1);
  return counts;
}

/** The vocabulary file's text (see the module comment). */
export function serializeVocabulary(vocabulary: Vocabulary): string {
  const byCount = new Map<number, string[]>();
  for (const [word, count] of vocabulary) byCount.set(count, [...(byCount.get(count) ?? []), word]);
  return [...byCount]
    .sort(([a], [b]) => b - a)
    .map(([count, words]) => `${count} ${words.sort().join(' ')}`)
    .join('\n');
}

/** Reads the vocabulary file; lines that are not `count word …` are skipped. */
export function parseVocabulary(text: string): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [count, ...words] = line.trim().split(' ');
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) continue;
    for (const word of words) if (word) vocabulary.set(word, n);
  }
  return vocabulary;
}
