/**
 * What the build does with the pages it has written, declared in one place: the steps, in the
 * order they run, and one walk of dist/ that all of them share. Each page is read once and
 * handed to every step in turn, then dropped, so the walk holds one page at a time whatever the
 * size of the site; a step keeps only what it needs (ids, a policy, a title). Then each step
 * finishes, in the same order. A step that throws fails the build; every step that started is
 * closed all the same.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { servedPath } from '../lib/rendered-pages.ts';
import type { ContentGate } from './content-gate.ts';
import { cspHeaders } from './csp-headers.ts';
import { hostFiles } from './host-files.ts';
import { pagefindIndex } from './pagefind.ts';
import { shareImages } from './share-images.ts';

export interface WrittenPage {
  /** URL path without the base, e.g. "/guide/overview/". */
  path: string;
  /** Path relative to dist/, for messages, e.g. "guide/overview/index.html". */
  file: string;
  html: string;
}

export interface BuildContext {
  /** dist/, as a file path. */
  outDir: string;
  /** The site's base path, e.g. "/" or "/docs/". */
  base: string;
  logger: AstroIntegrationLogger;
}

export interface BuildStep {
  name: string;
  /** Before the walk: open what the step writes into (the search index). */
  start?(context: BuildContext): void | Promise<void>;
  /** Each written page, one at a time, in path order. */
  page?(page: WrittenPage, context: BuildContext): void | Promise<void>;
  /** After the walk, in the steps' order: check, and write the step's files. */
  finish?(context: BuildContext): void | Promise<void>;
  /** Always, last: release what `start` opened. */
  close?(): void | Promise<void>;
}

/** The HTML files of dist/ in path order, without Pagefind's own folder. */
export async function writtenPageFiles(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/**
 * Runs the steps over the written site: start each, walk the pages once, finish each, close each.
 * Returns the milliseconds each step took, by name, so the build can say where its time goes.
 */
export async function runBuildSteps(steps: readonly BuildStep[], context: BuildContext): Promise<Map<string, number>> {
  const started: BuildStep[] = [];
  const took = new Map(steps.map(({ name }) => [name, 0]));
  const timed = async (step: BuildStep, run: () => unknown) => {
    const start = performance.now();
    await run();
    took.set(step.name, (took.get(step.name) ?? 0) + performance.now() - start);
  };
  try {
    for (const step of steps) {
      started.push(step);
      await timed(step, () => step.start?.(context));
    }
    for (const file of await writtenPageFiles(context.outDir)) {
      const page = { path: servedPath(file), file, html: await readFile(join(context.outDir, file), 'utf8') };
      for (const step of steps) await timed(step, () => step.page?.(page, context));
    }
    for (const step of steps) await timed(step, () => step.finish?.(context));
  } finally {
    for (const step of started) await step.close?.();
  }
  return took;
}

/** The integration that runs `steps` when Astro has written the site. */
export function buildSteps(steps: readonly BuildStep[]): AstroIntegration {
  let base = '/';
  return {
    name: 'build-steps',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const took = await runBuildSteps(steps, { outDir: fileURLToPath(dir), base, logger });
        logger.info([...took].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}s`).join(', '));
      },
    },
  };
}

/**
 * The site's build steps, in the order they run (tests/unit/build-steps.test.ts holds it):
 * 1. content-check: a link to nowhere fails the build before anything is made from the pages;
 * 2. host-files: _redirects, and the path rules of _headers moved under the base;
 * 3. csp-header: the policy for every path, appended to _headers after its path rules moved;
 * 4. search-index: Pagefind's index and the vocabulary, from pages that passed the check;
 * 5. share-images: last, the slowest, and nothing reads the images during the build.
 */
export function siteBuildSteps(gate: ContentGate): BuildStep[] {
  return [gate.writtenPagesCheck(), hostFiles(gate.aliases), cspHeaders(), pagefindIndex(), shareImages()];
}
