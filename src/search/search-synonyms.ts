/**
 * Readers' vocabulary (content/synonyms.yaml): words readers search for that the guide's text
 * does not use ("admin panel", "hosting"), each tied to the word the guide uses for the topic.
 * At index time, every record whose title or headings name that word gets the readers' words
 * as metadata (src/search/search-records.ts), which Pagefind searches and weights like a title;
 * nothing is added to the pages themselves.
 */
import type { z } from 'astro/zod';
import type { synonymSchema } from '../content/content-schemas.ts';
import type { ContentProblem } from '../site/content-errors.ts';

/** One entry of content/synonyms.yaml (the schema is in src/content/content-schemas.ts). */
export type Synonym = z.infer<typeof synonymSchema>;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `topic` contains every word of `means`, each as the start of one of its words. */
function names(topic: readonly string[], means: readonly string[]): boolean {
  return means.every((word) => topic.some((topicWord) => topicWord.startsWith(word)));
}

/**
 * The reader terms that apply to a record with these titles and headings: those of every entry
 * whose `means` one of them names. Each term once, in file order. The ids of the entries that
 * applied are added to `used`, so the build can report entries that name nothing.
 */
export function matchingSynonyms(topics: readonly string[], synonyms: readonly Synonym[], used?: Set<string>): string[] {
  const topicWords = topics.map(words);
  const matching = synonyms.filter((synonym) => topicWords.some((topic) => names(topic, words(synonym.means))));
  for (const synonym of matching) used?.add(synonym.id);
  return [...new Set(matching.flatMap((synonym) => synonym.terms))];
}

/** Entries whose `means` named no record: a typo, or a topic the guide no longer has. */
export function unusedSynonymProblems(file: string, synonyms: readonly Synonym[], used: ReadonlySet<string>): ContentProblem[] {
  return synonyms
    .filter((synonym) => !used.has(synonym.id))
    .map((synonym) => ({
      file,
      field: `entry "${synonym.id}" › means`,
      message: `"${synonym.means}" names no title or heading that search indexes`,
    }));
}
