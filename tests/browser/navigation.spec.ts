/**
 * Navigation and citations as a reader meets them (issue 18): sticky chapter list and "On this
 * page" on desktop, the section in view marked, the skip link landing in the text, the phone
 * bar and menu, and citation markers that open from the keyboard and pass axe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAxeCleanInBothSchemes, test } from './fixtures';

/** Chapters with an "On this page" of four entries or more, longest built HTML first. */
const CHAPTERS_BY_LENGTH = readdirSync('dist/guide', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ path: `/guide/${entry.name}/`, html: readFileSync(join('dist/guide', entry.name, 'index.html'), 'utf8') }))
  .filter(({ html }) => (/<toc-highlight[^]*?<\/toc-highlight>/.exec(html)?.[0].match(/<li\b/g) ?? []).length >= 4)
  .sort((a, b) => b.html.length - a.html.length)
  .map(({ path }) => path);
const LONGEST = CHAPTERS_BY_LENGTH[0] ?? '/guide/side-by-side-code/';

/** Whether an element's box lies (at least partly) inside the window. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  });

test('at 1280px the chapter list and "On this page" stay in view down the longest chapter', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LONGEST);
  await page.evaluate(() => window.scrollTo(0, 5000));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(5000);
  expect(await inViewport(page, '.sidebar nav'), 'chapter list in view').toBe(true);
  expect(await inViewport(page, '.toc nav'), '"On this page" in view').toBe(true);
  // Each scrolls on its own: its list is a scroll box no taller than the window.
  for (const selector of ['.sidebar .chapter-panel', '.toc .chapter-panel']) {
    const overflow = await page.locator(selector).evaluate((element) => getComputedStyle(element).overflowY);
    expect(overflow, selector).toBe('auto');
  }
  expect(problems).toEqual([]);
});

test('"On this page" marks every ## heading of three long chapters when it sits 40px below the header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const misses: string[] = [];
  for (const path of CHAPTERS_BY_LENGTH.slice(0, 3)) {
    await page.goto(path);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const ids = await toc
      .locator('li:not(.toc-sub) > a')
      .evaluateAll((links) => links.map((link) => decodeURIComponent((link as HTMLAnchorElement).hash.slice(1))));
    expect(ids.length, path).toBeGreaterThan(2);
    for (const id of ids) {
      const reachable = await page.evaluate((headingId) => {
        const heading = document.getElementById(headingId);
        const header = document.querySelector('body > header');
        if (!heading || !header) return false;
        const y = heading.getBoundingClientRect().top + window.scrollY - header.getBoundingClientRect().bottom - 40;
        window.scrollTo(0, y);
        // Near the end of a page the window cannot scroll that far; such a heading is not tested.
        return Math.abs(window.scrollY - y) < 2;
      }, id);
      if (!reachable) continue;
      const current = toc.locator(`a[href="#${id}"]`);
      try {
        await expect(current).toHaveAttribute('aria-current', 'true', { timeout: 2000 });
      } catch {
        misses.push(`${path}#${id}: marked ${await toc.locator('[aria-current]').textContent()}`);
      }
    }
  }
  expect(misses).toEqual([]);
});

test('after the skip link, the next Tab lands in the chapter text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of [LONGEST, '/guide/overview/']) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('article') !== null), path).toBe(true);
  }
});

test('at 360px mid-chapter a sticky bar opens the chapters and "On this page"; Escape closes and returns focus', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(LONGEST);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  for (const menu of ['.sidebar', '.toc']) {
    const control = page.locator(`${menu} > summary`);
    await expect(control).toBeInViewport();
    await control.click();
    const nav = page.locator(`${menu} nav`);
    await expect(nav).toBeInViewport();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await nav.evaluate((element) => element.checkVisibility())).toBe(false);
    await expect(control).toBeFocused();
  }
  // Following an "On this page" link closes the menu.
  await page.locator('.toc > summary').click();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').nth(1).click();
  await expect(page.locator('.toc')).not.toHaveAttribute('open');
  expect(problems).toEqual([]);
});

test('at 360px the main menu lists the chapters and closes on Escape and on a tap outside', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/compare/');
  const menu = page.locator('.site-menu > summary');
  await menu.click();
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Database, ORM and admin' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-menu')).not.toHaveAttribute('open');
  await expect(menu).toBeFocused();
  await menu.click();
  await page.mouse.click(20, 600);
  await expect(page.locator('.site-menu')).not.toHaveAttribute('open');
});

test('citation markers open from the keyboard, name their sources and pass axe in both themes', async ({ page, problems }) => {
  // axe over a whole chapter, twice, is slow on a shared machine.
  test.setTimeout(120_000);
  await page.goto('/guide/data-layer/');
  const marker = page.locator('.cite-marker').first();
  await marker.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('.cite-pop:popover-open');
  await expect(popover).toBeVisible();
  await expect(popover.locator('b').first()).not.toBeEmpty();
  await expect(popover.locator('.cite-number')).toHaveText((await marker.textContent()) ?? '');
  await expect(marker).toHaveAttribute('aria-label', `Source ${await marker.textContent()}`);
  await expectAxeCleanInBothSchemes(page);
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  // Reachable by Tab: a few presses from the top of the text reach a marker.
  await page.locator('article h1').click();
  let reached = false;
  for (let i = 0; i < 15 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('cite-marker') ?? false);
  }
  expect(reached).toBe(true);
  expect(problems).toEqual([]);
});

// A marker that starts a line reads as a stray number, and a comma after it that starts the next
// line reads worse: at phone width, in every chapter, each marker shares its line with the word
// before it and the character after it.
test('no line starts with a citation marker or with the punctuation after one', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const failures: string[] = [];
  for (const path of CHAPTERS_BY_LENGTH) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const problems = await page.locator('article .prose-guide .cite').evaluateAll((cites) => {
      /** The box of the nearest visible character before (-1) or after (+1) the element, within its block. */
      const charBox = (element: Element, direction: -1 | 1): DOMRect | undefined => {
        const block = element.closest('p, li, td, th, dd, figcaption') ?? element.parentElement!;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement?.closest('.cite, [popover]')) texts.push(node as Text);
        }
        const ordered =
          direction === -1
            ? texts.filter((text) => element.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING).reverse()
            : texts.filter((text) => element.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING);
        for (const text of ordered) {
          const value = text.data;
          const indexes = [...value].map((_, i) => i);
          for (const i of direction === -1 ? indexes.reverse() : indexes) {
            if (!value[i]?.trim()) {
              if (direction === 1) return undefined; // a space after the marker: the next line may start there
              continue;
            }
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect();
          }
        }
        return undefined;
      };
      const sameLine = (a: DOMRect, b: DOMRect) => a.bottom > b.top + 1 && a.top < b.bottom - 1;
      return cites.flatMap((cite, index) => {
        const marker = cite.querySelector('.cite-marker')!.getBoundingClientRect();
        const last = [...cite.querySelectorAll('.cite-marker')].at(-1)!.getBoundingClientRect();
        const before = charBox(cite, -1);
        const after = charBox(cite, 1);
        const context = (cite.closest('p, li, td, th')?.textContent ?? '').trim().slice(0, 50);
        return [
          ...(before && !sameLine(before, marker) ? [`marker ${index + 1} starts a line ("${context}")`] : []),
          ...(after && !sameLine(after, last) ? [`the text after marker ${index + 1} starts a line ("${context}")`] : []),
        ];
      });
    });
    failures.push(...problems.map((problem) => `${path}: ${problem}`));
  }
  expect(failures).toEqual([]);
});
