import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../site/content-errors.ts';
import { handOver, loadDataFile } from './loaded-data.ts';

/**
 * Loads one JSON document as a collection's single entry `id`, checked by `parse`, which throws a
 * ContentError naming the file and the field. A missing or malformed file fails the build the
 * same way; in `astro dev` an edit is reloaded and a broken one is reported.
 */
export function jsonDocumentLoader(
  path: string,
  id: string,
  parse: (data: unknown, file: string) => object,
  /** What to do when the file is missing, e.g. "run npm run bench:frameworks"; or the entry a missing file stands for. */
  whenMissing: string | { absent: object },
): Loader {
  return documentLoader(path, id, whenMissing, (text) => parse(parseJsonText(path, text), path));
}

/** A JSON file's value; malformed JSON throws a ContentError naming the file. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', message: `invalid JSON: ${(error as Error).message}` }]);
  }
}

/**
 * Loads one document of any format as a collection's single entry `id`: `parse` turns the file's
 * text into the entry's data or throws a ContentError (YAML documents such as content/aliases.yaml
 * pass their parser here). The result goes through the content gate like every data file's
 * (src/content/loaded-data.ts).
 */
export function documentLoader(
  path: string,
  id: string,
  whenMissing: string | { absent: object },
  parse: (text: string, file: string) => object,
): Loader {
  return {
    name: 'document-loader',
    load: async ({ collection, config, store, watcher, logger }) => {
      const absolute = resolve(fileURLToPath(config.root), path);
      const sync = async () => {
        const present = existsSync(absolute);
        if (!present && typeof whenMissing === 'string') {
          throw new ContentError([{ file: path, field: '(file)', message: `missing: ${whenMissing}` }]);
        }
        const data = handOver(
          config,
          present
            ? loadDataFile(collection, path, new Uint8Array(await readFile(absolute)), (text) => parse(text, path))
            : { collection, file: path, text: '', value: (whenMissing as { absent: object }).absent, problems: [] },
        ) as object | undefined;
        if (!data) return;
        store.clear();
        store.set({ id, data: { ...data }, filePath: path });
      };
      await sync();
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) sync().catch((error: unknown) => logger.error((error as Error).message));
      });
    },
  };
}
