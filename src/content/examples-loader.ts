/**
 * The runnable examples (content/examples/) as a collection: one entry per file, its path inside
 * the folder as id and its text. Code blocks that show a file read it from here: the pages'
 * Markdown pipeline through the content gate's hand-over (src/content/loaded-data.ts, wired in
 * astro.config.mjs), the Markdown twins through the collection (src/content/example-files.ts). In `astro dev`
 * an edited example is reloaded like any data file. The Python suite (`npm run test:python`)
 * runs the same files from the folder itself.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { handOver, loadDataFile } from './loaded-data.ts';
import type { ContentProblem } from '../site/content-errors.ts';

export const EXAMPLES_DIR = 'content/examples/';
/** The collection's name in src/content.config.ts. */
export const EXAMPLES_COLLECTION = 'examples';

/** Path inside content/examples/ → the file's text. */
export type ExampleFiles = Readonly<Record<string, string>>;

/** What running the examples (or the benchmark apps) leaves beside them (caches, databases), which no page shows. */
export const LEFT_BY_RUNS = /(^|\/)(__pycache__|\.pytest_cache|\.venv[^/]*)\/|\.(pyc|sqlite3)$/;

export function examplesLoader(): Loader {
  return {
    name: 'examples-loader',
    load: async ({ collection, config, store, watcher, logger }) => {
      const folder = resolve(fileURLToPath(config.root), EXAMPLES_DIR);
      const sync = async () => {
        const entries = await readdir(folder, { withFileTypes: true, recursive: true });
        const paths = entries
          .filter((entry) => entry.isFile())
          .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter((path) => !LEFT_BY_RUNS.test(path))
          .sort();
        const files: Record<string, string> = {};
        const problems: ContentProblem[] = [];
        for (const path of paths) {
          const loaded = loadDataFile(collection, `${EXAMPLES_DIR}${path}`, new Uint8Array(await readFile(join(folder, path))), (text) => text);
          if (loaded.problems.length === 0) files[path] = loaded.text;
          problems.push(...loaded.problems);
        }
        const value = handOver(config, { collection, file: EXAMPLES_DIR, text: '', value: files, problems }) as ExampleFiles | undefined;
        if (!value) return;
        store.clear();
        for (const [path, text] of Object.entries(value)) store.set({ id: path, data: { text }, filePath: `${EXAMPLES_DIR}${path}` });
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(`${folder}${sep}`)) sync().catch((error: unknown) => logger.error((error as Error).message));
      });
    },
  };
}
