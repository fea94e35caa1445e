/**
 * Every bundle in tests/site/size-budgets.ts stays within its budget, measured on dist/: one
 * test per bundle, however many pages load it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, isMovedPage } from '../helpers/dist';
import { gzippedSizes, loadedScripts, withStaticImports, type PageScript } from '../helpers/page-scripts';
import { kb } from '../../src/site/sizes';
import { CHAPTER_HTML_MEDIAN, HOME_RENDER_BLOCKING, SIZE_BUDGETS, type PageBudget, type SizeBudget } from './size-budgets';
import { chapterHtmlMedian, renderBlocking } from '../helpers/render-blocking';

const pages = builtPages();

/** Each file once: by URL for files, by content for inline scripts (the same script inlined in many pages). */
function unique(files: PageScript[]): PageScript[] {
  const seen = new Map<string, PageScript>();
  for (const file of files) seen.set(file.name.startsWith('/') ? file.name : file.code, file);
  return [...seen.values()];
}

function stylesheetsOf(path: string): PageScript[] {
  const page = pages.find((candidate) => candidate.path === path)!;
  return page.root
    .querySelectorAll('link[rel=stylesheet][href^="/"]')
    .map((link) => link.getAttribute('href') ?? '')
    .map((href) => ({ name: href, code: readFileSync(join(DIST, href), 'utf8') }));
}

/** A chunk in dist/_astro and, recursively, what it imports statically. */
function chunkWithImports(pattern: RegExp): PageScript[] {
  const entry = readdirSync(join(DIST, '_astro')).find((file) => pattern.test(file) && file.endsWith('.js'));
  return entry ? withStaticImports(`/_astro/${entry}`) : [];
}

function filesOf(budget: SizeBudget): PageScript[] {
  if ('chunk' in budget.from) return chunkWithImports(budget.from.chunk);
  const { pages: pattern } = budget.from;
  // A redirect page left at a moved chapter's old address is not a guide page: it only forwards.
  const paths = pages
    .filter((page) => !isMovedPage(page))
    .map((page) => page.path)
    .filter((path) => pattern.test(path));
  return unique(paths.flatMap((path) => (budget.kind === 'js' ? loadedScripts(path) : stylesheetsOf(path))));
}

describe('size budgets', () => {
  it.each(SIZE_BUDGETS.map((budget) => [budget.name, budget] as const))('%s', (_name, budget) => {
    const files = filesOf(budget);
    expect(files.length, 'the bundle has files (is its selector still right?)').toBeGreaterThan(0);
    const sizes = gzippedSizes(files);
    const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
    const report = sizes.map(({ name, gzipped }) => `${kb(gzipped)} ${name.slice(0, 80)}`).join('\n');
    expect(total, `${kb(total)} gzipped, budget ${kb(budget.limit)}:\n${report}`).toBeLessThanOrEqual(budget.limit);
  });
});

describe('built scripts', () => {
  it('carry no Vite preload helper (src/build/lean-preload-helper.ts)', () => {
    const chunks = readdirSync(join(DIST, '_astro'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, code: readFileSync(join(DIST, '_astro', file), 'utf8') }));
    expect(chunks.length).toBeGreaterThan(0);
    // Markers of Vite's helper: its error event and its per-import dependency lists.
    const withHelper = chunks.filter(({ code }) => code.includes('vite:preloadError') || code.includes('__vite__mapDeps'));
    expect(withHelper.map(({ file }) => file)).toEqual([]);
  });
});

describe('what a reader waits for', () => {
  /** A budget's test: it holds, or, while `met` is false, it is still exceeded (see PageBudget). */
  const budgetTest = (budget: PageBudget, measure: () => { value: number; report: string }) =>
    (budget.met ? it : it.fails)(`${budget.name}: at most ${kb(budget.limit)} gzipped${budget.met ? '' : ' (not met yet)'}`, () => {
      const { value, report } = measure();
      expect(value, `${kb(value)} gzipped, budget ${kb(budget.limit)}${report}`).toBeLessThanOrEqual(budget.limit);
    });

  budgetTest(CHAPTER_HTML_MEDIAN, () => {
    const { median, chapters } = chapterHtmlMedian(DIST);
    expect(chapters).toBeGreaterThanOrEqual(20);
    return { value: median, report: ` over ${chapters} chapters` };
  });

  budgetTest(HOME_RENDER_BLOCKING, () => {
    const files = renderBlocking(DIST, '/');
    const total = files.reduce((sum, { gzipped }) => sum + gzipped, 0);
    return { value: total, report: `:\n${files.map(({ name, gzipped }) => `${kb(gzipped)} ${name}`).join('\n')}` };
  });
});
