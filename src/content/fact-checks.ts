/**
 * The facts registry's part of the content check (src/checks/content-check.ts), pure: the registry
 * itself through its schema, and every chapter's use of it. A typed patch-level version number
 * in prose would go stale unnoticed, so it fails like a broken link, naming the file and line.
 */
import type { ContentProblem } from '../site/content-errors.ts';
import type { Fact } from './fact-schema.ts';
import type { ChapterScan } from './chapter-scan.ts';
import { parseDataFile } from './yaml-collection.ts';
import { findTypedDates, readerText, trackedPackageNames } from './fact-dates.ts';
import { DATA_FILES, FACTS_FILE } from './data-files.ts';

/**
 * The registry by id, from the text of content/facts.yaml, through the parse its collection's
 * loader uses (parseDataFile); throws ContentError naming entry and field.
 */
export function parseFacts(text: string): Map<string, Fact> {
  return new Map(parseDataFile(DATA_FILES.facts, text).map(({ data }) => [String(data.id), data as unknown as Fact]));
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

/**
 * Release dates typed next to a tracked package's name in chapter prose or YAML data: the
 * registry holds each one (`show="date"`/`"month"`, `{{fact:id|month}}`), and a typed copy would
 * drift from it, as comparison.yaml's "Flask-SocketIO, February 2026" did.
 */
export function checkTypedDates(texts: ReadonlyMap<string, string>, facts: ReadonlyMap<string, Fact>): ContentProblem[] {
  const names = trackedPackageNames(facts.values());
  const problems: ContentProblem[] = [];
  for (const [file, text] of texts) {
    const prose = readerText(file, text);
    if (prose === undefined) continue;
    for (const { line, name, date } of findTypedDates(prose, names)) {
      const known = [...facts.values()].filter((fact) => fact.date && (fact.names ?? [fact.package]).includes(name));
      const registry =
        known.length > 0 ? ` (the registry has ${known.map((fact) => `${fact.id}: ${fact.value}, ${fact.date}`).join('; ')})` : '';
      problems.push({
        file,
        line,
        field: `${name} … ${date}`,
        message: `typed release date: show it with <Fact id="…" show="month" /> or {{fact:id|month}} from ${FACTS_FILE}${registry}`,
      });
    }
  }
  return problems;
}
