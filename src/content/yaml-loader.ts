import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DATA_FILES, FACTS_FILE } from './data-files.ts';
import type { Fact } from './fact-schema.ts';
import { parseYamlCollection, parseYamlEntries } from './yaml-collection.ts';
import { BENCHMARKS_FILE } from '../benchmark/benchmark-results.ts';
import { benchComparisons, type Comparison } from '../benchmark/bench-compare.ts';
import { parseBenchmarkResults } from '../benchmark/benchmark-results.ts';

/** The facts registry of the last text read: the collections that resolve `{{fact:id}}` share it. */
let lastFacts: { text: string; byId: ReadonlyMap<string, Fact> } | undefined;

/** The benchmark's comparisons of the last results text read, for `{{bench:…}}` references. */
let lastBench: { text: string; byId: ReadonlyMap<string, Comparison> } | undefined;

function benchOf(text: string): ReadonlyMap<string, Comparison> {
  if (lastBench?.text !== text) lastBench = { text, byId: benchComparisons(parseBenchmarkResults(JSON.parse(text), BENCHMARKS_FILE)) };
  return lastBench.byId;
}

function factsOf(text: string): ReadonlyMap<string, Fact> {
  if (lastFacts?.text !== text) {
    const facts = parseYamlCollection(FACTS_FILE, text, DATA_FILES.facts.schema) as Fact[];
    lastFacts = { text, byId: new Map(facts.map((fact) => [fact.id, fact])) };
  }
  return lastFacts.byId;
}

/**
 * Loads a YAML list of entries into a collection. Written instead of using Astro's `file()`
 * loader because that loader logs a parser error and carries on with an empty collection, so a
 * malformed data file would not fail the build; this one lets the error (naming the file, the
 * entry and the field) propagate. The file's bytes are checked as UTF-8 by the content check
 * before any loader runs (src/checks/content-gate.ts).
 *
 * Every collection but the registry itself resolves `{{fact:id}}` references from
 * content/facts.yaml, so it watches that file too: in `astro dev` an edited figure shows up on
 * every page that states it, without a restart. Each entry keeps its `position` in the file,
 * because Astro returns entries sorted by id and the file order is the curated reading order, and
 * the `factIds` it refers to, which the changes page reads (the strings hold them resolved).
 */
export function yamlListLoader(path: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, path);
      const filePath = relative(root, absolute);
      const factsPath = resolve(root, FACTS_FILE);
      const usesFacts = factsPath !== absolute;
      const benchPath = resolve(root, BENCHMARKS_FILE);

      const sync = async () => {
        const options = usesFacts
          ? { facts: factsOf(await readFile(factsPath, 'utf8')), bench: benchOf(await readFile(benchPath, 'utf8')) }
          : {};
        // Already validated against `schema` (defaults applied): not handed to parseData, which
        // would validate every entry a second time.
        const entries = parseYamlEntries(filePath, await readFile(absolute, 'utf8'), schema, options);
        store.clear();
        for (const [position, { data, factIds }] of entries.entries()) {
          store.set({ id: String(data.id), data: { ...data, position, factIds }, filePath });
        }
      };

      await sync();
      const watched = usesFacts ? [absolute, factsPath, benchPath] : [absolute];
      for (const file of watched) watcher?.add(file);
      watcher?.on('change', (changed) => {
        // In `astro dev` a broken edit is reported and the last good entries stay.
        if (watched.includes(changed)) sync().catch((error: unknown) => logger.error((error as Error).message));
      });
    },
  };
}
