import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DATA_FILES, FACTS_FILE, type DataCollection, type DataFile } from './data-files.ts';
import { dataReferences } from './data-references.ts';
import { parseDataFile, type ParsedEntry } from './yaml-collection.ts';
import { handOver, loadDataFile, type LoadedDataFile } from './loaded-data.ts';
import type { YamlCollectionOptions } from './yaml-collection.ts';
import { BENCHMARKS_FILE } from '../benchmark/benchmark-results.ts';

/**
 * One YAML data file of src/content/data-files.ts as its collection loads it: decoded, parsed and
 * validated (parseDataFile), its entries or its problems. The content check run in memory
 * (src/checks/content-check.ts) and `npm run facts:check` load through here too.
 */
export function loadYamlDataFile(collection: DataCollection, bytes: Uint8Array, references: YamlCollectionOptions = {}): LoadedDataFile {
  const dataFile = DATA_FILES[collection];
  return loadDataFile(collection, dataFile.file, bytes, (text) => parseDataFile(dataFile, text, references));
}

/**
 * Loads a YAML list of entries into a collection. Written instead of using Astro's `file()`
 * loader because that loader logs a parser error and carries on with an empty collection, so a
 * malformed data file would not fail the build; this one lets the error (naming the file, the
 * entry and the field) propagate, or hands it to the content gate, which gathers every file's
 * problems so one failing build names them all (src/content/loaded-data.ts); the gate also takes
 * the entries for its checks across files.
 *
 * Every collection but the registry itself resolves `{{fact:id}}` references from
 * content/facts.yaml, so it watches that file too: in `astro dev` an edited figure shows up on
 * every page that states it, without a restart. Each entry keeps its `position` in the file,
 * because Astro returns entries sorted by id and the file order is the curated reading order, and
 * the `factIds` it refers to, which the changes page reads (the strings hold them resolved).
 */
export function yamlListLoader(name: DataCollection): Loader {
  const dataFile: DataFile = DATA_FILES[name];
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, dataFile.file);
      const filePath = relative(root, absolute);
      const factsPath = resolve(root, FACTS_FILE);
      const usesFacts = factsPath !== absolute;
      const benchPath = resolve(root, BENCHMARKS_FILE);

      const sync = async () => {
        const references = usesFacts ? dataReferences(await readFile(factsPath, 'utf8'), await readFile(benchPath, 'utf8')) : {};
        const loaded = loadYamlDataFile(name, new Uint8Array(await readFile(absolute)), references);
        // Already validated against the schema (defaults applied): not handed to parseData, which
        // would validate every entry a second time.
        const entries = handOver(config, loaded) as ParsedEntry[] | undefined;
        if (!entries) return;
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
