/**
 * Loads the facts registry (content/facts.yaml) once per build, through the same YAML path and
 * zod validation as every other data file, and checks that each entry's sources exist.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { ContentError } from '../lib/content-errors.ts';
import { factSchema, type Fact } from '../lib/fact-schema.ts';
import { parseYamlCollection } from '../lib/yaml-collection.ts';

export const FACTS_FILE = 'content/facts.yaml';
const SOURCES_FILE = 'content/sources.yaml';

let cached: ReadonlyMap<string, Fact> | undefined;

/** The registry by id; `root` is the project root (Astro's config.root, or the cwd in scripts). */
export function loadFacts(root: URL | string = pathToFileURL(`${process.cwd()}/`)): ReadonlyMap<string, Fact> {
  if (cached) return cached;
  const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
  const facts = parseYamlCollection(FACTS_FILE, read(FACTS_FILE), factSchema).map((entry) => factSchema.parse(entry));

  const sourceIds = new Set((parse(read(SOURCES_FILE)) as { id: string }[]).map(({ id }) => id));
  const today = new Date().toISOString().slice(0, 10);
  const problems = facts.flatMap((fact) => [
    ...fact.source
      .filter((id) => !sourceIds.has(id))
      .map((id) => ({ file: FACTS_FILE, field: `entry "${fact.id}" › source`, message: `unknown source id "${id}" (not in ${SOURCES_FILE})` })),
    ...(fact.checked > today
      ? [{ file: FACTS_FILE, field: `entry "${fact.id}" › checked`, message: `${fact.checked} is in the future` }]
      : []),
  ]);
  if (problems.length > 0) throw new ContentError(problems);

  cached = new Map(facts.map((fact) => [fact.id, fact]));
  return cached;
}
