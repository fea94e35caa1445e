/**
 * `npm run bench`: performance figures and budgets (a script, not a test; numbers vary by machine).
 * 1. Build time of the site, in a clean throw-away copy.
 * 2. Per page type, the gzipped bytes a first visit loads, by type (HTML, CSS, JS, fonts, images),
 *    measured in Chromium against the built site; scripts inlined in the HTML count as JS.
 * 3. What a reader waits for (budgets in tests/site/size-budgets.ts): the median chapter's HTML
 *    and the home page's render-blocking bytes, gzipped, read from dist/.
 * 4. The Pagefind index size (the first search and query times: bench-search.ts, which
 *    `npm run bench` runs next).
 * 5. A scale run: 500, then 1,000 synthetic chapters, with build time, pages per second and the
 *    build's peak memory, against the budgets of src/build/scale-build.ts.
 * Prints a PASS/FAIL line per budget and exits non-zero when one fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../site/chromium.mjs';
import { PROJECT_ROOT } from '../../tests/helpers/fixture-project.ts';
import { SCALE_BUDGET, timedBuild } from './scale-build.ts';
import { serveDist } from '../site/serve-dist.ts';
import { gzippedSize, KB, kb } from '../site/sizes.ts';
import { CHAPTER_HTML_MEDIAN, HOME_RENDER_BLOCKING } from '../../tests/site/size-budgets.ts';
import { chapterHtmlMedian, renderBlocking } from '../../tests/helpers/render-blocking.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const MB = 1024 ** 2;

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
const results: { budget: string; value: number; limit: number; unit: string; atLeast: boolean }[] = [];

/** A budget: `value` at most `limit`, or with `atLeast`, at least `limit`. */
function check(budget: string, value: number, limit: number, unit: string, atLeast = false): void {
  results.push({ budget, value, limit, unit, atLeast });
}

/** CPU milliseconds per page: unlike pages per second, not slowed by other work on the machine. */
const msPerPage = ({ cpuSeconds, pages }: { cpuSeconds: number; pages: number }) => ((cpuSeconds * 1000) / pages).toFixed(1);

function kindOf(url: string, contentType: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  if (contentType.includes('font') || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Gzipped bytes by kind of everything a fresh visit to `path` loads, before any interaction. */
async function firstVisit(browser: Browser, origin: string, path: string): Promise<Record<Kind, number>> {
  const page = await browser.newPage();
  const totals: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          totals[kindOf(response.url(), response.headers()['content-type'] ?? '')] += gzippedSize(body);
        })
        .catch(() => undefined),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Scripts inlined in the HTML are JavaScript too: move their share from HTML to JS.
  const inlineScripts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !script.getAttribute('type') || script.getAttribute('type') === 'module')
      .map((script) => script.textContent ?? ''),
  );
  const inlineBytes = inlineScripts.reduce((sum, code) => sum + gzippedSize(code), 0);
  totals.js += inlineBytes;
  totals.html -= inlineBytes;
  await page.close();
  return totals;
}

/** The largest chapter by HTML size: the worst case for a first visit. */
function largestChapter(): string {
  const guide = join(DIST, 'guide');
  const chapters = readdirSync(guide).filter((name) => existsSync(join(guide, name, 'index.html')));
  const largest = chapters.sort((a, b) => statSync(join(guide, b, 'index.html')).size - statSync(join(guide, a, 'index.html')).size)[0];
  return `/guide/${largest}/`;
}

function treeBytes(dir: string): { raw: number; gzip: number; files: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  let raw = 0;
  let gzip = 0;
  for (const entry of files) {
    const data = readFileSync(join(entry.parentPath, entry.name));
    raw += data.length;
    gzip += gzippedSize(data);
  }
  return { raw, gzip, files: files.length };
}

async function main(): Promise<void> {
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
  );
  console.log(`Date: ${new Date().toISOString().slice(0, 10)}\n`);

  const build = timedBuild();
  console.log(
    `Site build: ${build.seconds.toFixed(1)} s for ${build.pages} pages, peak memory ${(build.peakBytes / MB).toFixed(0)} MB, ${msPerPage(build)} ms CPU per page`,
  );
  check('site build time', build.seconds, 15, 's');

  if (!existsSync(join(DIST, 'index.html'))) throw new Error('run `npm run build` first');
  const server = await serveDist(DIST);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (apt-get install -y chromium)');
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const chapter = largestChapter();
    const pageTypes: [string, string][] = [
      ['home', '/'],
      [`largest chapter (${chapter})`, chapter],
      ['sources', '/sources/'],
      ...(['/compare/', '/decide/', '/search/'] as const)
        .filter((path) => existsSync(join(DIST, path, 'index.html')))
        .map((path): [string, string] => [path.replaceAll('/', ''), path]),
    ];
    console.log('\nFirst visit, gzipped bytes by type:');
    console.log('page'.padEnd(40), ['html', 'css', 'js', 'font', 'image', 'total'].map((k) => k.padStart(9)).join(''));
    for (const [label, path] of pageTypes) {
      const totals = await firstVisit(browser, server.origin, path);
      const total = Object.values(totals).reduce((sum, value) => sum + value, 0);
      console.log(
        label.padEnd(40),
        [totals.html, totals.css, totals.js, totals.font, totals.image, total].map((v) => kb(v).padStart(9)).join(''),
      );
      if (path === '/') check('home page first visit', total / KB, 25, 'KB gz');
      if (path === chapter) {
        check('largest chapter first visit', total / KB, 40, 'KB gz');
        check('JS on load, guide page', totals.js / KB, 3, 'KB gz');
        check('CSS', totals.css / KB, 10, 'KB gz');
      }
      if (path === '/decide/') check('/decide/ JS', totals.js / KB, 8, 'KB gz');
    }

    const chapters = chapterHtmlMedian(DIST);
    const blocking = renderBlocking(DIST, '/');
    const blockingTotal = blocking.reduce((sum, { gzipped }) => sum + gzipped, 0);
    console.log(`\nChapter HTML: median ${kb(chapters.median)} gz over ${chapters.chapters} chapters`);
    console.log(
      `Home page, render-blocking: ${kb(blockingTotal)} gz (${blocking.map(({ name, gzipped }) => `${name} ${kb(gzipped)}`).join(', ')})`,
    );
    check(CHAPTER_HTML_MEDIAN.name, chapters.median / KB, CHAPTER_HTML_MEDIAN.limit / KB, 'KB gz');
    check(HOME_RENDER_BLOCKING.name, blockingTotal / KB, HOME_RENDER_BLOCKING.limit / KB, 'KB gz');

    const index = treeBytes(join(DIST, 'pagefind'));
    console.log(`\nPagefind bundle: ${index.files} files, ${kb(index.raw)} on disk (${kb(index.gzip)} gz)`);
  } finally {
    await browser.close();
    await server.close();
  }

  // Share images are drawn once per distinct preview and cached (src/share/share-images.ts); the
  // scale run leaves them out (src/build/scale-build.ts).
  console.log('\nScale run (synthetic chapters added to a copy of the content; share images not drawn):');
  for (const extra of [SCALE_BUDGET.chapters, 2 * SCALE_BUDGET.chapters]) {
    const run = timedBuild(extra);
    const pagesPerSecond = run.pages / run.seconds;
    console.log(
      `  +${extra} chapters: ${run.pages} pages in ${run.seconds.toFixed(1)} s = ${pagesPerSecond.toFixed(0)} pages/s, peak memory ${(run.peakBytes / MB).toFixed(0)} MB, ${msPerPage(run)} ms CPU per page`,
    );
    if (extra === SCALE_BUDGET.chapters) {
      // The memory budget is also a test (tests/scale/scale-build.test.ts); speed is only printed here.
      check(`scale: peak build memory at +${extra} chapters`, run.peakBytes / MB, SCALE_BUDGET.peakBytes / MB, 'MB');
      check(`scale: pages per second at +${extra} chapters`, pagesPerSecond, SCALE_BUDGET.pagesPerSecond, 'pages/s', true);
    }
  }

  console.log('\nBudgets:');
  let failed = 0;
  for (const { budget, value, limit, unit, atLeast } of results) {
    // NaN (a figure that could not be measured) fails either way.
    const pass = atLeast ? value >= limit : value <= limit;
    if (!pass) failed++;
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  ${budget}: ${value.toFixed(1)} ${unit} (budget ${atLeast ? 'at least ' : ''}${limit} ${unit})`,
    );
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
