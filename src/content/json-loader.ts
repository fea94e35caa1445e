import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../site/content-errors.ts';

/**
 * Loads one JSON document as a collection's single entry `id`, checked by `parse`, which throws a
 * ContentError naming the file and the field. A missing or malformed file fails the build the
 * same way; in `astro dev` an edit is reloaded and a broken one is reported.
 */
export function jsonDocumentLoader(
  path: string,
  id: string,
  parse: (data: unknown, file: string) => object,
  /** What to do when the file is missing, e.g. "run npm run bench:frameworks". */
  whenMissing: string,
): Loader {
  return documentLoader(path, id, whenMissing, (text) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ContentError([{ file: path, field: '(file)', message: `invalid JSON: ${(error as Error).message}` }]);
    }
    return parse(data, path);
  });
}

/**
 * Loads one document of any format as a collection's single entry `id`: `parse` turns the file's
 * text into the entry's data or throws a ContentError (YAML documents such as content/aliases.yaml
 * pass their parser here).
 */
export function documentLoader(path: string, id: string, whenMissing: string, parse: (text: string, file: string) => object): Loader {
  return {
    name: 'document-loader',
    load: async ({ config, store, watcher, logger }) => {
      const absolute = resolve(fileURLToPath(config.root), path);
      const sync = async () => {
        if (!existsSync(absolute)) throw new ContentError([{ file: path, field: '(file)', message: `missing: ${whenMissing}` }]);
        const data = parse(await readFile(absolute, 'utf8'), path);
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
