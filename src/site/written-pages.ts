/**
 * A build step over the pages the build has written, and the one walk of dist/ that all the
 * steps share (the steps and their order: build-steps.ts). Each page is read once and
 * handed to every step in turn, then dropped, so the walk holds one page at a time whatever the
 * size of the site; a step keeps only what it needs (ids, a policy, a title). Then each step
 * finishes, in the same order. A step that throws fails the build; every step that started is
 * closed all the same.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { servedPath } from './rendered-pages.ts';

export interface WrittenPage {
  /** URL path without the base, e.g. "/guide/overview/". */
  path: string;
  /** Path relative to dist/, for messages, e.g. "guide/overview/index.html". */
  file: string;
  /** The page as written; a step that rewrites the file sets it, so later steps see the new page. */
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
