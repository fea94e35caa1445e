/**
 * The build is the gate: every content check runs in `astro build` and fails it with the file,
 * the line or entry, the field and what was expected (see README, "Editing content"). The
 * checks themselves are pure (src/checks/content-check.ts); this integration reads the content
 * folder before anything is rendered (astro:config:setup), and its build step reads the pages
 * after they are written (the first of src/build/build-steps.ts, before the search index). The other build steps take the aliases
 * through `aliases()` and the data files' entries through `entries()`; pages read collections. `astro dev` shows the same problems as warnings instead of stopping.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Aliases } from '../share/aliases.ts';
import { ContentError } from '../site/content-errors.ts';
import type { ContentFile } from '../content/content-files.ts';
import { checkContentFolder, checkRenderedPages, REGISTRY_FILE, type FolderCheck } from './content-check.ts';
import type { Registry } from './rendered-checks.ts';
import { readRenderedPage, type RenderedPage } from '../site/rendered-pages.ts';
import type { BuildStep } from '../site/written-pages.ts';
import type { DataCollection } from '../content/data-files.ts';

/** Every file under `dir`, with its path relative to `root` and "/" separators. */
async function filesUnder(root: string, dir: string): Promise<{ path: string; absolute: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { path: relative(root, absolute).split(sep).join('/'), absolute };
    });
}

async function readContentFolder(root: string): Promise<ContentFile[]> {
  const files = await filesUnder(root, join(root, 'content'));
  return Promise.all(files.map(async ({ path, absolute }) => ({ path, bytes: new Uint8Array(await readFile(absolute)) })));
}

/** The anchor registry; none yet in a new project. */
async function readRegistry(root: string): Promise<Registry> {
  const path = join(root, REGISTRY_FILE);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Registry;
  } catch (error) {
    throw new ContentError([{ file: REGISTRY_FILE, field: '(file)', message: `invalid JSON: ${(error as Error).message}` }]);
  }
}

/**
 * The integration, the checked aliases for the other build steps (sitemap, _redirects), and the
 * check of the written pages as a build step (src/build/build-steps.ts).
 */
export type ContentGate = AstroIntegration & {
  aliases: () => Aliases;
  /** A data file's entries, validated (src/content/data-files.ts names them). */
  entries: (collection: DataCollection) => readonly Record<string, unknown>[];
  writtenPagesCheck: () => BuildStep;
};

export function contentGate(): ContentGate {
  let root = '';
  let folder: FolderCheck = {
    problems: [],
    aliases: { fragments: [], pages: [] },
    chapterFiles: new Map(),
    claims: [],
    dataEntries: new Map(),
  };
  return {
    name: 'content-gate',
    aliases: () => folder.aliases,
    entries: (collection) => folder.dataEntries.get(collection) ?? [],
    writtenPagesCheck: () => {
      // What a link can land on, page by page: ids only, not the pages.
      const pages: { path: string; page: RenderedPage }[] = [];
      return {
        name: 'content-check',
        page: ({ path, html }) => {
          pages.push({ path, page: readRenderedPage(html) });
        },
        finish: async () => {
          const problems = checkRenderedPages(pages, folder, await readRegistry(root));
          if (problems.length > 0) throw new ContentError(problems);
        },
      };
    },
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        folder = checkContentFolder(await readContentFolder(root), new Date());
        if (folder.problems.length > 0) {
          const error = new ContentError(folder.problems);
          if (command === 'build') throw error;
          logger.warn(error.message);
        }
      },
    },
  };
}
