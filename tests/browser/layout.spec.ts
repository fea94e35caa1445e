/**
 * Layout invariants, each one sweep that reports every failing page, row or block: comparison
 * rows read whole on a phone, tables in chapters have room and never break a word, code pairs
 * fit or scroll, and print keeps every row, table row and code block. (That no page scrolls
 * sideways on a phone is checked in every-page.spec.ts.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { builtPages, pageAt } from '../helpers/dist';
import { isResultPagePath } from '../../src/decision/decision-url';
import { expect, test } from './fixtures';
import { refreshingPaths as refreshing } from './sweep-tabs';

const PHONE = { width: 360, height: 800 };
const LAPTOP = { width: 1280, height: 800 };
/** A comparison table narrower than this must use its one-card-per-row layout. */
const MIN_TABLE_WIDTH = 760;
/** Side by side, each code panel is at least 21rem wide (CodePair.astro). */
const MIN_PANEL_WIDTH = 336;

const pages = builtPages();
const pagesWith = (selector: string) => pages.filter((built) => !refreshing.has(built.path) && built.root.querySelector(selector));
const rowIds = (pageAt('/compare/')?.root.querySelectorAll('tr[id^="row-"]') ?? []).map((row) => row.id);

/** Whole-page sweeps visit every page in one browser context, one after the other. */
test.describe.configure({ timeout: 180_000 });

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });

  test('every /compare/ row opened by its #row link shows dimension, both values, edge and note whole', async ({ page }) => {
    expect(rowIds.length).toBeGreaterThanOrEqual(50);
    const failures: string[] = [];
    for (const id of rowIds) {
      await page.goto(`/compare/#${id}`, { waitUntil: 'load' });
      const problems = await page.locator(`#${id}`).evaluate((row) => {
        const found: string[] = [];
        const width = document.documentElement.clientWidth;
        const headerBottom = document.querySelector('body > header')?.getBoundingClientRect().bottom ?? 0;
        if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways (${document.documentElement.scrollWidth} px)`);
        const parts = {
          dimension: 'th[scope=row]',
          Django: 'td[data-label="Django"]',
          Flask: 'td[data-label="Flask"]',
          edge: '.edge',
          note: 'td[data-label^="Notes"]',
        };
        for (const [name, selector] of Object.entries(parts)) {
          const box = row.querySelector(selector)?.getBoundingClientRect();
          if (!box || box.width === 0) found.push(`${name} not shown`);
          else if (box.left < 0 || box.right > width + 0.5) found.push(`${name} at ${Math.round(box.left)}–${Math.round(box.right)} px`);
        }
        const box = row.getBoundingClientRect();
        if (box.top < headerBottom - 1 || box.bottom > window.innerHeight + 1) {
          found.push(`row at ${Math.round(box.top)}–${Math.round(box.bottom)} px, not between the header and the bottom of the screen`);
        }
        return found;
      });
      failures.push(...problems.map((problem) => `#${id}: ${problem}`));
    }
    expect(failures).toEqual([]);
  });

  test("no chapter heading leaves its copy-link control alone on the heading's last line", async ({ page }) => {
    const chapters = pages.filter(({ path }) => path.startsWith('/guide/') && path !== '/guide/' && !refreshing.has(path));
    expect(chapters.length).toBeGreaterThanOrEqual(20);
    const failures: string[] = [];
    for (const { path } of chapters) {
      await page.goto(path, { waitUntil: 'load' });
      const alone = await page.locator('main :is(h2, h3, h4):has(> copy-link)').evaluateAll((headings) =>
        headings.flatMap((heading) => {
          const control = heading.querySelector(':scope > copy-link')!.getBoundingClientRect();
          // Alone: on a line below the first that starts at the heading's left edge.
          const box = heading.getBoundingClientRect();
          return control.top > box.top + 1 && control.left - box.left < 2 * control.height ? [heading.textContent!.trim()] : [];
        }),
      );
      failures.push(...alone.map((heading) => `${path}: "${heading}"`));
    }
    expect(failures).toEqual([]);
  });
});

/** Cells' words that wrap across lines, except inside code, addresses and words of 20 letters or more. */
function wordsBrokenInCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('table :is(th, td)')) {
      if (!cell.checkVisibility()) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('code, pre, .sr-only')) continue;
        for (const token of node.data.matchAll(/\S+/g)) {
          if (/[/._@]/.test(token[0])) continue; // an address, a file or a dotted name may break anywhere
          for (const word of token[0].matchAll(/\p{L}+/gu)) {
            if (word[0].length >= 20) continue;
            const start = (token.index ?? 0) + (word.index ?? 0);
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + word[0].length);
            const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(`"${word[0]}" in "${cell.innerText.trim().slice(0, 40)}"`);
          }
        }
      }
    }
    return found;
  });
}

test.describe('at 1280 px', () => {
  test.use({ viewport: LAPTOP });

  test('every comparison table is at least 760 px wide or one card per row, and no table cell breaks a word', async ({ page }) => {
    // Decision result pages are /decide/ with another head: /decide/ stands for them.
    const withTables = pagesWith('table').filter(({ path }) => !isResultPagePath(path));
    expect(withTables.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['/', '/compare/', '/guide/data-layer/', '/guide/ecosystem/']),
    );
    const failures: string[] = [];
    for (const { path } of withTables) {
      await page.goto(path, { waitUntil: 'load' });
      const narrow = await page.locator('.comparison-table').evaluateAll(
        (tables, min) =>
          tables.flatMap((table) => {
            const width = table.getBoundingClientRect().width;
            const cards = getComputedStyle(table.querySelector('tbody tr') ?? table).display !== 'table-row';
            return width >= min || cards ? [] : [`a ${Math.round(width)} px comparison table in columns`];
          }),
        MIN_TABLE_WIDTH,
      );
      const broken = await wordsBrokenInCells(page);
      failures.push(...[...narrow, ...broken.map((word) => `word broken: ${word}`)].map((problem) => `${path}: ${problem}`));
    }
    expect(failures).toEqual([]);
  });

  test('every code block in a code pair fits its panel or scrolls inside it; side by side, panels are 336 px or wider; no caption shows', async ({
    page,
  }) => {
    const withPairs = pagesWith('code-pair');
    expect(withPairs.length).toBeGreaterThan(3);
    const failures: string[] = [];
    for (const { path } of withPairs) {
      await page.goto(path, { waitUntil: 'load' });
      const problems = await page.locator('code-pair').evaluateAll(
        (pairs, min) =>
          pairs.flatMap((pair, index) => {
            const found: string[] = [];
            const shown = [...pair.querySelectorAll<HTMLElement>('.code-pair-panel')].filter((panel) => panel.checkVisibility());
            const boxes = shown.map((panel) => panel.getBoundingClientRect());
            const sideBySide = boxes.length === 2 && Math.abs(boxes[0]!.top - boxes[1]!.top) < 1;
            if (sideBySide && boxes.some((box) => box.width < min))
              found.push(`panels ${boxes.map((box) => Math.round(box.width)).join(' and ')} px wide side by side`);
            // The heading or sentence above names the pair; the caption is for assistive technology.
            const caption = pair.querySelector('figcaption')?.getBoundingClientRect();
            if (caption && caption.width > 1) found.push('caption shown');
            for (const panel of pair.querySelectorAll<HTMLElement>('.code-pair-panel')) {
              const panelBox = panel.getBoundingClientRect();
              for (const pre of panel.querySelectorAll('pre')) {
                const scrolls = ['auto', 'scroll'].includes(getComputedStyle(pre).overflowX);
                if (!scrolls && pre.scrollWidth > pre.clientWidth) found.push(`a ${panel.dataset.framework} block is clipped`);
                if (panel.checkVisibility() && pre.getBoundingClientRect().right > panelBox.right + 0.5)
                  found.push(`a ${panel.dataset.framework} block overflows its panel`);
              }
            }
            return found.map((problem) => `pair ${index + 1}: ${problem}`);
          }),
        MIN_PANEL_WIDTH,
      );
      failures.push(...problems.map((problem) => `${path}: ${problem}`));
    }
    expect(failures).toEqual([]);
  });
});

test.describe('between the lg and xl breakpoints (1200 px)', () => {
  test.use({ viewport: { width: 1200, height: 800 } });

  test("every chapter sits beside the chapter list, not below it in the list's column", async ({ page }) => {
    const chapters = pagesWith('article[data-pagefind-body]').filter(({ path }) => path.startsWith('/guide/'));
    expect(chapters.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const { path } of chapters) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const [article, list] = await Promise.all([page.locator('article').boundingBox(), page.locator('.sidebar').boundingBox()]);
      if (!article || !list || article.x < list.x + list.width)
        failures.push(`${path}: text at x=${article?.x}, chapter list ends at ${list ? list.x + list.width : '?'}`);
      else if (article.width < 600) failures.push(`${path}: text column ${article.width} px wide`);
    }
    expect(failures).toEqual([]);
  });
});

/** Text for comparing with a PDF's: compatibility forms folded (ligatures), no whitespace at all. */
const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The PDF Chromium prints of the current page, as text page by page, in drawing order (pdftotext -raw, from poppler-utils): a table's cells come whole, not interleaved line by line. */
async function printedPages(page: Page, file: string): Promise<string[]> {
  await page.pdf({ path: file, format: 'A4' });
  try {
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, `${file}.txt`]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext not found: apt-get install poppler-utils', { cause: error });
    throw error;
  }
  return readFileSync(`${file}.txt`, 'utf8').split('\f').slice(0, -1);
}

/** The texts print must keep, found in the page after the given selector: each text node, trimmed. */
function textsIn(page: Page, selector: string): Promise<{ where: string; text: string }[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element, index) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const texts: { where: string; text: string }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        if (text && !node.parentElement?.closest('.sr-only, copy-link, [aria-hidden="true"], [popover]:not(:popover-open)'))
          texts.push({ where: `#${index + 1} ${element.textContent?.trim().slice(0, 30)}`, text });
      }
      return texts;
    }),
  );
}

test.describe('print', () => {
  async function expectPrinted(page: Page, path: string, file: string, selectors: string[]): Promise<string[]> {
    await page.goto(path, { waitUntil: 'load' });
    const wanted = (await Promise.all(selectors.map((selector) => textsIn(page, selector)))).flat();
    const printed = await printedPages(page, file);
    const all = squeezed(printed.join(''));
    const emptyPages = printed.flatMap((text, index) => (text.trim() ? [] : [`${path}: page ${index + 1} of ${printed.length} is empty`]));
    return [
      ...emptyPages,
      ...wanted
        .filter(({ text }) => !all.includes(squeezed(text)))
        .map(({ where, text }) => `${path} ${where}: "${text.slice(0, 60)}" not printed`),
    ];
  }

  test('/compare/ prints every row: its dimension and both values, on pages that all have text', async ({ page }, testInfo) => {
    const cells = ['th[scope=row]', 'td[data-label="Django"]', 'td[data-label="Flask"]'].map((cell) => `tr[id^="row-"] > ${cell}`);
    expect(await expectPrinted(page, '/compare/', testInfo.outputPath('compare.pdf'), cells)).toEqual([]);
  });

  // A reader printing the comparison gets a handout, not a stack: at most 8 A4 pages, and every
  // "More in the guide" link printed as a full address that works from paper.
  test('/compare/ prints on at most 8 A4 pages, with full addresses for site links', async ({ page }, testInfo) => {
    await page.goto('/compare/', { waitUntil: 'load' });
    const printed = await printedPages(page, testInfo.outputPath('compare-pages.pdf'));
    expect(printed.length).toBeLessThanOrEqual(8);
    await page.emulateMedia({ media: 'print' });
    const targets = await page
      .locator('main a[href^="/"]:not(.cite-pop a)')
      .evaluateAll((links) => links.filter((link) => link.checkVisibility()).map((link) => getComputedStyle(link, '::after').content));
    expect(targets.length).toBeGreaterThan(10);
    // The site's own address (SITE_URL, or the local default), not the test server's.
    const origin = JSON.parse(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-origin')),
    ) as string;
    expect(origin).toMatch(/^https?:\/\/[^/]+$/);
    expect(targets.filter((content) => !content.includes(` (${origin}/`))).toEqual([]);
  });

  // On paper a file's caption ("config/settings.py · Tested with ...") stays on the page of its
  // code, and a wrapped line of code continues indented instead of at column 0.
  test('code captions stay with their code and wrapped code lines are indented', async ({ page }, testInfo) => {
    const path = '/guide/project-structure/';
    await page.goto(path, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const caption = document.querySelector('.example-source');
      const pre = document.querySelector('pre');
      return { captionBreak: caption ? getComputedStyle(caption).breakAfter : '', indent: pre ? getComputedStyle(pre).textIndent : '' };
    });
    expect(styles.captionBreak).toBe('avoid');
    expect(styles.indent).toMatch(/hanging/);
    expect(styles.indent).toMatch(/each-line/);
    // In the printed pages, no page ends with a caption.
    const printed = await printedPages(page, testInfo.outputPath('captions.pdf'));
    const captions = await page
      .locator('.example-source')
      .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').trim()));
    const lastLines = printed.map((text) => text.trim().split('\n').at(-1)?.trim() ?? '');
    expect(lastLines.filter((line) => line && captions.some((caption) => caption.startsWith(line)))).toEqual([]);
  });

  test('every chapter with a table prints each of its rows', async ({ page }, testInfo) => {
    const chapters = pagesWith('article table');
    expect(chapters.length).toBeGreaterThan(3);
    const failures: string[] = [];
    for (const { path } of chapters) {
      failures.push(
        ...(await expectPrinted(page, path, testInfo.outputPath(`${path.replaceAll('/', '_')}.pdf`), [
          'article tbody tr',
          'article .table-scroll thead tr',
        ])),
      );
    }
    expect(failures).toEqual([]);
  });

  test('tabs, copy buttons, copy links and filters do not print', async ({ page }) => {
    const controls = '[role=tablist], .code-copy, copy-link, .filter-controls, .filter-status';
    const failures: string[] = [];
    for (const path of ['/compare/', '/guide/side-by-side-code/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const printed = await page
        .locator(controls)
        .evaluateAll((elements) =>
          elements.filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 60)),
        );
      failures.push(...printed.map((html) => `${path}: ${html}`));
      await page.emulateMedia({ media: 'screen' });
    }
    expect(failures).toEqual([]);
  });

  test('/guide/side-by-side-code/ prints both the Django and the Flask code of every pair', async ({ page }, testInfo) => {
    const path = '/guide/side-by-side-code/';
    await page.goto(path);
    const code = await page.locator('code-pair .code-pair-panel pre code').evaluateAll((blocks) =>
      blocks.map((block) => ({
        framework: block.closest<HTMLElement>('.code-pair-panel')?.dataset.framework ?? '',
        text: block.textContent ?? '',
      })),
    );
    expect(new Set(code.map(({ framework }) => framework))).toEqual(new Set(['django', 'flask']));
    const printed = squeezed((await printedPages(page, testInfo.outputPath('code.pdf'))).join(''));
    const missing = code
      .filter(({ text }) => !printed.includes(squeezed(text)))
      .map(({ framework, text }) => `${framework}: ${text.trim().split('\n')[0]}`);
    expect(missing).toEqual([]);
  });
});
