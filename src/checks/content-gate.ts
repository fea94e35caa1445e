/**
 * The build is the gate: every content check runs in `astro build` and fails it with the file,
 * the line or entry, the field and what was expected (see README, "Editing content"). The
 * checks themselves are pure (src/checks/content-check.ts); this integration feeds them. Content
 * enters once, through its collections, and the gate reads no file itself: each loader hands the
 * gate what it read (its hook `content:data-loaded`, src/content/loaded-data.ts): the data files
 * parsed, the chapters' texts (src/content/guide-loader.ts, around Astro's glob() loader), the
 * examples; in a build a data loader leaves a broken file's problems to the gate, so one failing
 * run names every broken file. The gate checks in three steps:
 * 1. astro:build:start, once every collection has loaded: the file names, and the data files
 *    across files (when they fail, the chapters are parsed here after all, so the one failing run
 *    lists everything);
 * 2. once the pages' bundle is built, before any page renders: everything again with each
 *    chapter's record, which the Markdown pipeline handed over as it compiled the chapter
 *    (`chapterRecord`, the first of its plugins): a build parses each chapter once;
 * 3. a build step over the written pages (the first of src/build/build-steps.ts, before the
 *    search index): links, anchors and aliases.
 * The other build steps take the aliases through `aliases()` and the data files' entries through
 * `entries()`; pages read collections. `astro dev` parses the chapters itself once the
 * collections have loaded and shows the problems as warnings instead of stopping.
 */
import type { Plugin } from 'vite';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Aliases } from '../share/aliases.ts';
import { ContentError } from '../site/content-errors.ts';
import { checkLoadedContent, checkRenderedPages, DATA_FILES_ONLY, REGISTRY_COLLECTION, type FolderCheck } from './content-check.ts';
import { DATA_LOADED_HOOK, type DataLoadedHook, type LoadedDataFile } from '../content/loaded-data.ts';
import type { ChapterRecord } from '../content/chapter-scan.ts';
import { EXAMPLES_COLLECTION, type ExampleFiles } from '../content/examples-loader.ts';
import { GUIDE_COLLECTION } from '../content/guide-loader.ts';
import { chapterRecordPlugin } from '../content/chapter-record.ts';
import type { Registry } from './rendered-checks.ts';
import { readRenderedPage, type RenderedPage } from '../site/rendered-pages.ts';
import type { BuildStep } from '../site/written-pages.ts';
import type { DataCollection } from '../content/data-files.ts';

/** A path relative to `root`, with "/" separators: how content files are named. */
const projectPath = (root: string, absolute: string): string => relative(root, absolute).split(sep).join('/');

/**
 * The integration, the checked aliases for the other build steps (sitemap, _redirects), and the
 * check of the written pages as a build step (src/build/build-steps.ts).
 */
export type ContentGate = AstroIntegration & {
  aliases: () => Aliases;
  /** The example files as the `examples` collection loaded them, for the Markdown pipeline (src/examples/example-code.ts). */
  exampleFiles: () => ExampleFiles | undefined;
  /** A data file's entries, validated (src/content/data-files.ts names them). */
  entries: (collection: DataCollection) => readonly Record<string, unknown>[];
  writtenPagesCheck: () => BuildStep;
  /** The Markdown pipeline's first plugin: records each chapter as it compiles (src/content/chapter-record.ts). */
  chapterRecord: ReturnType<typeof chapterRecordPlugin>;
};

export function contentGate(): ContentGate {
  let root = '';
  let building = false;
  // Collection → its data file as the loader last read it.
  const loaded = new Map<string, LoadedDataFile>();
  let folder: FolderCheck = {
    problems: [],
    aliases: { fragments: [], pages: [] },
    chapterFiles: new Map(),
    claims: [],
    dataEntries: new Map(),
  };
  // Chapter file (project path) → what its one walk found, as the chapters compile.
  const records = new Map<string, ChapterRecord>();
  const keepRecord = (record: ChapterRecord, file: string) => {
    const path = projectPath(root, file);
    records.set(path, { ...record, problems: record.problems.map((problem) => ({ ...problem, file: path })) });
  };
  /** Step 2, as a Vite plugin: its buildEnd comes once the pages' bundle (every chapter compiled) is built, before any page renders. */
  const chaptersCheck: Plugin = {
    name: 'content-gate:chapters',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    buildEnd(error) {
      if (error) return;
      folder = checkLoadedContent(loaded, new Date(), records);
      // Nothing later reads them: the pages render without holding every chapter's record and text.
      records.clear();
      loaded.delete(GUIDE_COLLECTION);
      if (folder.problems.length > 0) throw new ContentError(folder.problems);
    },
  };
  return {
    name: 'content-gate',
    chapterRecord: chapterRecordPlugin(keepRecord),
    aliases: () => folder.aliases,
    exampleFiles: () => loaded.get(EXAMPLES_COLLECTION)?.value as ExampleFiles | undefined,
    entries: (collection) => folder.dataEntries.get(collection) ?? [],
    writtenPagesCheck: () => {
      // What a link can land on, page by page: ids only, not the pages.
      const pages: { path: string; page: RenderedPage }[] = [];
      return {
        name: 'content-check',
        page: ({ path, html }) => {
          pages.push({ path, page: readRenderedPage(html) });
        },
        finish: () => {
          // The anchor registry as its collection loaded it; none yet in a new project.
          const registry = (loaded.get(REGISTRY_COLLECTION)?.value as Registry | undefined) ?? {};
          const problems = checkRenderedPages(pages, folder, registry);
          if (problems.length > 0) throw new ContentError(problems);
        },
      };
    },
    hooks: {
      // Each data file as its collection's loader read it (src/content/loaded-data.ts).
      [DATA_LOADED_HOOK]: ((file) => {
        loaded.set(file.collection, file);
        return building;
      }) satisfies DataLoadedHook,
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        building = command === 'build';
        if (building) updateConfig({ vite: { plugins: [chaptersCheck] } });
      },
      // Every collection has loaded (Astro syncs the content layer before the build starts).
      'astro:build:start': () => {
        folder = checkLoadedContent(loaded, new Date(), DATA_FILES_ONLY);
        if (folder.problems.length === 0) return;
        // The build stops here: the chapters are parsed after all, so one run lists every problem.
        throw new ContentError(checkLoadedContent(loaded, new Date()).problems);
      },
      // `astro dev` has loaded every collection before the server starts.
      'astro:server:start': ({ logger }) => {
        folder = checkLoadedContent(loaded, new Date());
        if (folder.problems.length > 0) logger.warn(new ContentError(folder.problems).message);
      },
    },
  };
}
