/**
 * The facts registry's part of the content check (src/lib/content-check.ts), pure: the registry
 * itself through its schema, and every chapter's use of it. A typed patch-level version number
 * in prose would go stale unnoticed, so it fails like a broken link, naming the file and line.
 */
import type { ContentProblem } from './content-errors.ts';
import { factSchema, type Fact } from './fact-schema.ts';
import type { ChapterScan } from './chapter-scan.ts';
import { parseYamlCollection } from './yaml-collection.ts';
import { FACTS_FILE } from './data-files.ts';

/** The registry by id, from the text of content/facts.yaml; throws ContentError naming entry and field. */
export function parseFacts(text: string): Map<string, Fact> {
  const entries = parseYamlCollection(FACTS_FILE, text, factSchema) as Fact[];
  return new Map(entries.map((fact) => [fact.id, fact]));
}

/** Entries checked in the future: a typo, or a figure nobody has confirmed yet. */
export function checkFactDates(facts: ReadonlyMap<string, Fact>, today: Date): ContentProblem[] {
  const day = today.toISOString().slice(0, 10);
  return [...facts.values()]
    .filter((fact) => fact.checked > day)
    .map((fact) => ({
      file: FACTS_FILE,
      field: `entry "${fact.id}" › checked`,
      message: `${fact.checked} is in the future (the build runs on ${day})`,
    }));
}

/**
 * Typed versions and unknown <Fact> ids in one chapter, from what chapter-scan.ts found in the
 * chapter's syntax tree (its prose and its <Fact> elements), with their lines.
 */
export function checkChapterFacts(
  file: string,
  { typedVersions, factRefs }: Pick<ChapterScan, 'typedVersions' | 'factRefs'>,
  facts: ReadonlyMap<string, Fact>,
): ContentProblem[] {
  const typed = typedVersions.map(({ line, version }) => ({
    file: `${file}:${line}`,
    field: `version ${version}`,
    message: `typed version number: show it with <Fact id="…" /> from ${FACTS_FILE}`,
  }));
  const unknown = factRefs
    .filter(({ id }) => !facts.has(id))
    .map(({ line, id }) => ({ file: `${file}:${line}`, field: `<Fact id="${id}">`, message: `no such entry in ${FACTS_FILE}` }));
  return [...typed, ...unknown];
}
