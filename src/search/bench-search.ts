/**
 * Search budget check, on the built site in dist/ (run `npm run build` first):
 * - a first search (open the modal on a chapter, type a query, wait for the results) may
 *   transfer at most FIRST_SEARCH's budget (tests/site/size-budgets.ts) gzipped: everything
 *   fetched from the keystroke on, that is the search panel's chunks and styles and all of
 *   /pagefind/ (code, WebAssembly, index, filters, the shown results' fragments);
 * - once warm, the median Pagefind query time over the reader queries may be at most 50 ms.
 * Sizes are measured as served and gzipped per file (files Pagefind already compressed count
 * as they are). Prints both figures with PASS or FAIL; the exit code is 1 on any FAIL.
 * Usage: node src/search/bench-search.ts [first query]   (via npm run bench:search)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Response } from '@playwright/test';
import { PAGEFIND_OPTIONS, searchTerms } from './search.ts';
import { findChromium } from '../site/chromium.mjs';
import { PROJECT_ROOT } from '../../tests/helpers/fixture-project.ts';
import { READER_QUERIES } from '../../tests/helpers/search-queries.ts';
import { serveDist } from '../site/serve-dist.ts';
import { gzippedSize, KB, kb } from '../site/sizes.ts';
import { FIRST_SEARCH } from '../../tests/site/size-budgets.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const FIRST_SEARCH_BUDGET_KB = FIRST_SEARCH.limit / KB;
const MEDIAN_QUERY_BUDGET_MS = 50;
const FIRST_QUERY = process.argv[2] ?? 'orm';
const WARM_QUERIES = READER_QUERIES.slice(0, 30).map(([query]) => query);

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

async function main(): Promise<boolean> {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) throw new Error('dist/ has no search index: run `npm run build` first');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (apt-get install -y chromium)');

  const server = await serveDist(DIST);
  const { origin } = server;
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/guide/overview/`);
    await page.waitForLoadState('networkidle');

    // First search: everything fetched from the first keystroke until the results are shown.
    // Bodies are read as responses arrive; the listener goes before the warm queries below,
    // whose index chunks are not part of a first search (and whose bodies could otherwise still
    // be read as the browser closes).
    const fetched: Promise<{ path: string; raw: number; gzipped: number } | undefined>[] = [];
    const onResponse = (response: Response) => {
      const path = new URL(response.url()).pathname;
      fetched.push(
        response.body().then(
          (body) => ({ path, raw: body.length, gzipped: gzippedSize(body) }),
          () => undefined, // a redirect or an aborted request: no body to count
        ),
      );
    };
    context.on('response', onResponse);
    await page.keyboard.press('/');
    await page.keyboard.type(FIRST_QUERY);
    await page.locator('dialog .search-result-link').first().waitFor();
    await page.waitForLoadState('networkidle');
    context.off('response', onResponse);
    const files = (await Promise.all(fetched)).filter((file) => file !== undefined);
    const total = files.reduce((sum, file) => sum + file.gzipped, 0);

    // Warm queries, through Pagefind's JS API with the UI's options and query clean-up.
    const timings = await page.evaluate(
      async ({ options, queries }) => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(bundle);
        await pagefind.options(options);
        for (const query of queries) await pagefind.search(query); // warm: load every index chunk
        const times: number[] = [];
        for (const query of queries) {
          const start = performance.now();
          await pagefind.search(query);
          times.push(performance.now() - start);
        }
        return times;
      },
      { options: PAGEFIND_OPTIONS, queries: WARM_QUERIES.map(searchTerms) },
    );
    const sorted = [...timings].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;

    const sizePass = total <= FIRST_SEARCH_BUDGET_KB * KB;
    const timePass = median <= MEDIAN_QUERY_BUDGET_MS;
    console.log(`First search ("${FIRST_QUERY}" from /guide/overview/, 1280×800): ${files.length} files`);
    for (const file of files.sort((a, b) => b.gzipped - a.gzipped)) {
      console.log(`  ${file.path.padEnd(52)} ${kb(file.raw).padStart(9)} ${kb(file.gzipped).padStart(9)} gzipped`);
    }
    const pagefindOnly = files.filter((file) => file.path.startsWith('/pagefind/')).reduce((sum, file) => sum + file.gzipped, 0);
    console.log(
      `First search transfer: ${kb(total)} gzipped, of which /pagefind/ ${kb(pagefindOnly)} (budget ${FIRST_SEARCH_BUDGET_KB} KB for all) ${verdict(sizePass)}`,
    );
    console.log(
      `Warm query time: median ${median.toFixed(1)} ms over ${timings.length} queries, slowest ${(sorted.at(-1) ?? 0).toFixed(1)} ms (budget ${MEDIAN_QUERY_BUDGET_MS} ms) ${verdict(timePass)}`,
    );
    return sizePass && timePass;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exitCode = (await main()) ? 0 : 1;
