import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DATA_FILES, type DataCollection, type DataFile } from './data-files.ts';
import { parseDataFile, type ParsedEntry } from './yaml-collection.ts';
import { handOver, loadDataFile, type LoadedDataFile } from './loaded-data.ts';

/**
 * One YAML data file of src/content/data-files.ts as its collection loads it: decoded, parsed and
 * validated (parseDataFile), its entries or its problems. The content check run in memory
 * (src/checks/content-check.ts) and `npm run facts:check` load through here too.
 */
export function loadYamlDataFile(collection: DataCollection, bytes: Uint8Array): LoadedDataFile {
  const dataFile = DATA_FILES[collection];
  return loadDataFile(collection, dataFile.file, bytes, (text) => parseDataFile(dataFile, text));
}

/**
 * Loads a YAML list of entries into a collection. Written instead of using Astro's `file()`
 * loader because that loader logs a parser error and carries on with an empty collection, so a
 * malformed data file would not fail the build; this one lets the error (naming the file, the
 * entry and the field) propagate, or hands it to the content gate, which gathers every file's
 * problems so one failing build names them all (src/content/loaded-data.ts); the gate also takes
 * the entries for its checks across files.
 *
 * The loader reads its own file and nothing else: `{{fact:id}}` and `{{bench:…}}` references stay
 * as written and are resolved where the text is used (resolveEntryReferences, src/content/facts.ts), from the
 * facts and benchmarks collections, so an edited figure shows up in `astro dev` through those
 * collections alone. Each entry keeps its `position` in the file, because Astro returns entries
 * sorted by id and the file order is the curated reading order, and the `factIds` it refers to,
 * which the changes page reads.
 */
export function yamlListLoader(name: DataCollection): Loader {
  const dataFile: DataFile = DATA_FILES[name];
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, dataFile.file);
      const filePath = relative(root, absolute);

      const sync = async () => {
        const loaded = loadYamlDataFile(name, new Uint8Array(await readFile(absolute)));
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
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        // In `astro dev` a broken edit is reported and the last good entries stay.
        if (changed === absolute) sync().catch((error: unknown) => logger.error((error as Error).message));
      });
    },
  };
}
