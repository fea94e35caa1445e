import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseYamlCollection } from '../lib/yaml-collection.ts';

/**
 * Loads a YAML list of entries into a collection. Written instead of using Astro's `file()`
 * loader because that loader logs a parser error and carries on with an empty collection, so a
 * malformed data file would not fail the build; this one lets the error (naming the file, the
 * entry and the field) propagate.
 */
export function yamlListLoader(path: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, path);
      const filePath = relative(root, absolute);

      const sync = async () => {
        const entries = parseYamlCollection(filePath, await readFile(absolute, 'utf8'), schema);
        store.clear();
        for (const [position, entry] of entries.entries()) {
          const id = String(entry.id);
          const data = await parseData({ id, data: { ...entry, position }, filePath: absolute });
          store.set({ id, data, filePath });
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
