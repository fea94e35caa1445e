import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { loadFacts } from './facts-registry.ts';
import { getBenchComparisons } from './benchmarks.ts';
import { parseYamlCollection } from '../lib/yaml-collection.ts';

/**
 * Loads a YAML list of entries into a collection. Written instead of using Astro's `file()`
 * loader because that loader logs a parser error and carries on with an empty collection, so a
 * malformed data file would not fail the build; this one lets the error (naming the file, the
 * entry and the field) propagate. The file's bytes are checked as UTF-8 by the content check
 * before any loader runs (src/integrations/content-gate.ts).
 */
export function yamlListLoader(path: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, path);
      const filePath = relative(root, absolute);

      const sync = async () => {
        // Already validated against `schema` (defaults applied): not handed to parseData, which
        // would validate every entry a second time.
        const entries = parseYamlCollection(filePath, await readFile(absolute, 'utf8'), schema, {
          facts: loadFacts(config.root),
          bench: getBenchComparisons(),
        });
        store.clear();
        for (const [position, entry] of entries.entries()) {
          store.set({ id: String(entry.id), data: { ...entry, position }, filePath });
        }
      };

      await sync();
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) void sync();
      });
    },
  };
}
