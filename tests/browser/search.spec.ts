/**
 * Site search in Chromium: the header control and its shortcuts, lazy loading, keyboard use of
 * the results, the shareable /search/ page, filters, highlighting on arrival, hostile query
 * text, accessibility of the open modal, and the page without JavaScript.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { frameworkOf } from '../../src/search/search';
import { RESULTS_PER_PAGE } from '../../src/search/search-display';
import { expect, expectAxeCleanInBothSchemes, test } from './fixtures';

/** Requests for search code, styles or index: none may happen before the reader asks. */
function isSearchAsset(path: string): boolean {
  return (
    path.startsWith('/pagefind/') ||
    /^\/_astro\/search-(panel|engine|did-you-mean)\.[^/]+\.js$/.test(path) ||
    /^\/_astro\/search\.[^/]+\.css$/.test(path)
  );
}

function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

const searchDialog = (page: Page) => page.getByRole('dialog');
const trigger = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' });

/** Opens the modal with "/" and searches; resolves once the first result has rendered. */
async function searchInModal(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(searchDialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(query);
  await expect(searchDialog(page).locator('.search-result-link').first()).toBeVisible();
}

test('no search code or index is fetched before the reader asks for it', async ({ page, problems }) => {
  const requested = recordRequests(page);
  // Fake timers, so that every timeout, interval, animation frame and idle callback the page
  // schedules within its first minute runs now, deterministically, instead of after a sleep.
  await page.clock.install();
  await page.goto('/guide/data-layer/');
  await page.waitForLoadState('networkidle');
  await page.clock.runFor('01:00');
  // Whatever those callbacks fetched has been requested by the time the page answers again.
  await page.evaluate(() => document.readyState);
  expect(requested.filter(isSearchAsset)).toEqual([]);

  await trigger(page).click();
  await expect(searchDialog(page)).toBeVisible();
  await expect.poll(() => requested.filter(isSearchAsset)).toContain('/pagefind/pagefind.js');
  expect(problems).toEqual([]);
});

test('"/" opens search, results are keyboard navigable and lead to the section, highlighted', async ({ page, problems }) => {
  await page.goto('/guide/overview/');
  // Two words, so that the first result is a chapter with sections rather than a record named
  // exactly by the query ("orm" alone finds the comparison row "ORM" first).
  await searchInModal(page, 'orm queries');
  const dialog = searchDialog(page);
  await expect(dialog.getByRole('searchbox')).toHaveValue('orm queries'); // the "/" itself was not typed

  // Results link to pages and, under each, to the sections about the query.
  const highlight = '?pagefind-highlight=orm&pagefind-highlight=queries';
  const firstResult = dialog.locator('.search-result-link').first();
  await expect(firstResult).toHaveAttribute('href', `/guide/data-layer/${highlight}`);
  await expect(dialog.locator('.search-section-link').first()).toHaveAttribute(
    'href',
    new RegExp(`^/guide/data-layer/\\${highlight}#[a-z]`),
  );

  await page.keyboard.press('ArrowDown');
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const section = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  expect(section).toMatch(new RegExp(`^/guide/data-layer/\\${highlight}#[a-z0-9-]+$`));

  await page.keyboard.press('Enter');
  await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === section);
  const marks = page.locator('mark.search-highlight');
  await expect(marks.first()).toBeVisible();
  expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['ORM']));
  expect(problems).toEqual([]);
});

test('a search fetches the data of the results it shows only, and "Show more" the next few', async ({ page, problems }) => {
  const requested = recordRequests(page);
  const fragments = () => new Set(requested.filter((path) => path.startsWith('/pagefind/fragment/'))).size;
  await page.goto('/guide/overview/');
  await searchInModal(page, 'orm');
  await page.waitForLoadState('networkidle');
  const dialog = searchDialog(page);
  const links = dialog.locator('.search-result-link');
  await expect(links).toHaveCount(RESULTS_PER_PAGE);
  expect(await resultCount(dialog, 'orm')).toBeGreaterThan(2 * RESULTS_PER_PAGE);
  // A chapter's fragment is its whole text: only the shown results' are fetched.
  expect(fragments()).toBe(RESULTS_PER_PAGE);

  await dialog.getByRole('button', { name: `Show ${RESULTS_PER_PAGE} more results` }).click();
  await expect(links).toHaveCount(2 * RESULTS_PER_PAGE);
  await expect(links.nth(RESULTS_PER_PAGE)).toBeFocused();
  await page.waitForLoadState('networkidle');
  expect(fragments()).toBe(2 * RESULTS_PER_PAGE);

  // Back to the field: ArrowUp from the first link, Backspace from any link (deleting a letter).
  await links.first().focus();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await links.nth(1).focus();
  await page.keyboard.press('Backspace');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect(dialog.getByRole('searchbox')).toHaveValue('or');
  expect(problems).toEqual([]);
});

for (const shortcut of ['Control+k', 'Meta+k']) {
  test(`${shortcut} opens search; Escape closes it and returns focus`, async ({ page, problems }) => {
    await page.goto('/sources/');
    await page.keyboard.press(shortcut);
    await expect(searchDialog(page).getByRole('searchbox')).toBeFocused();
    await expect(trigger(page)).toHaveAttribute('aria-expanded', 'true');

    await page.keyboard.press('Escape');
    await expect(searchDialog(page)).toBeHidden();
    await expect(trigger(page)).toBeFocused();
    await expect(trigger(page)).toHaveAttribute('aria-expanded', 'false');
    expect(problems).toEqual([]);
  });
}

test('"/" in a text field types a slash instead of opening search', async ({ page, problems }) => {
  await page.goto('/search/');
  const field = page.getByRole('main').getByRole('searchbox');
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('without JavaScript the control is a link and the search page says what to do instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guide/overview/');
  const link = page.getByRole('banner').getByRole('link', { name: 'Search' });
  await expect(link).toHaveAttribute('href', '/search/');

  await link.click();
  await expect(page).toHaveURL(/\/search\/$/);
  const main = page.getByRole('main');
  // innerText, because Playwright's text matching skips <noscript> whatever the browser shows.
  expect(await main.innerText()).toContain('Search needs JavaScript');
  await expect(main.getByRole('link', { name: 'list of chapters' })).toHaveAttribute('href', '/guide/');
  await expect(main.getByRole('link', { name: 'comparison table' })).toHaveAttribute('href', '/compare/');
  await context.close();
});

test('a /search/?q= link shows its results on load, and the address follows the search', async ({ page, problems }) => {
  await page.goto('/search/?q=blueprints');
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox')).toHaveValue('blueprints');
  await expect(main.locator('.search-result-link').first()).toHaveAttribute('href', /^\/guide\/project-structure\//);
  await expect(main.locator('.search-section-link').first()).toHaveAttribute(
    'href',
    '/guide/project-structure/?pagefind-highlight=blueprints#blueprints-and-the-application-factory',
  );

  await main.getByRole('searchbox').fill('celery');
  await expect(page).toHaveURL(/\/search\/\?q=celery$/);
  // The glossary term named exactly "Celery" is a result of its own, ahead of the chapters.
  await expect(main.locator('.search-result-link').first()).toHaveAttribute(
    'href',
    /^\/guide\/glossary\/\?pagefind-highlight=celery#term-celery$/,
  );
  expect(problems).toEqual([]);
});

/** The page paths of the results shown so far (a few at first, more on "Show more"). */
async function resultPages(scope: ReturnType<Page['getByRole']>): Promise<string[]> {
  const hrefs = await scope.locator('.search-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/\?.*$/, ''));
}

/** The entries of a content/*.yaml list whose text mentions a word. */
function entriesMentioning(file: 'faq' | 'glossary', word: string): Record<string, string>[] {
  const entries = parse(readFileSync(`content/${file}.yaml`, 'utf8')) as Record<string, string>[];
  return entries.filter((entry) => new RegExp(`\\b${word}`, 'i').test(Object.values(entry).join(' ')));
}

/** The number of results, as the summary tells the reader once the search is done. */
async function resultCount(scope: ReturnType<Page['getByRole']>, query: string): Promise<number> {
  const summary = scope.locator('.search-summary');
  await expect(summary).toHaveText(new RegExp(`^\\d+ results? for ${query}$`));
  return Number.parseInt((await summary.textContent()) ?? '', 10);
}

test('filters on the search page narrow the results and travel in the URL', async ({ page, problems }) => {
  await page.goto('/search/?q=werkzeug');
  const main = page.getByRole('main');
  const unfiltered = await resultCount(main, 'werkzeug');
  expect(unfiltered).toBeGreaterThan(2);

  await page.goto('/search/?q=werkzeug&framework=Flask&framework=bogus');
  await expect(page).toHaveURL(/\/search\/\?q=werkzeug&framework=Flask$/); // unknown values dropped
  const framework = main.getByRole('group', { name: 'Framework' });
  await expect(framework.getByRole('checkbox', { name: /^Flask/ })).toBeChecked();
  const flaskOnly = await resultCount(main, 'werkzeug');
  expect(flaskOnly).toBeGreaterThan(0);
  expect(flaskOnly).toBeLessThan(unfiltered);

  await main
    .getByRole('group', { name: 'Kind' })
    .getByRole('checkbox', { name: /^Glossary/ })
    .check();
  await expect(page).toHaveURL(/\/search\/\?q=werkzeug&kind=Glossary&framework=Flask$/);
  // Glossary terms are results of their own: those that mention Werkzeug and concern Flask.
  const terms = entriesMentioning('glossary', 'werkzeug').filter(
    (term) => frameworkOf(`${term.term} ${term.expansion ?? ''} ${term.definition}`) === 'Flask',
  );
  expect(terms.length).toBeGreaterThan(0);
  await expect.poll(() => resultPages(main)).toEqual(terms.map(() => '/guide/glossary/'));
  expect(await resultCount(main, 'werkzeug')).toBe(terms.length);
  expect(problems).toEqual([]);
});

test('filters in the modal narrow the results', async ({ page, problems }) => {
  await page.goto('/guide/overview/');
  await searchInModal(page, 'werkzeug');
  const dialog = searchDialog(page);
  expect(await resultCount(dialog, 'werkzeug')).toBeGreaterThan(1);

  await dialog.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^FAQ/ }).check();
  // FAQ entries are results of their own: those that mention Werkzeug.
  const entries = entriesMentioning('faq', 'werkzeug');
  expect(entries.length).toBeGreaterThan(0);
  await expect.poll(() => resultPages(dialog)).toEqual(entries.map(() => '/guide/faq/'));
  expect(await resultCount(dialog, 'werkzeug')).toBe(entries.length);
  expect(problems).toEqual([]);
});

test('arriving from a result marks the searched words without moving the page', async ({ page, problems }) => {
  const requested = recordRequests(page);
  const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

  await page.goto('/guide/glossary/');
  const before = await top('#term-xss');
  expect(requested).not.toContain('/pagefind/pagefind-highlight.js');

  await page.goto('/guide/glossary/?pagefind-highlight=werkzeug&pagefind-highlight=wsgi');
  const marks = page.locator('[data-pagefind-body] mark.search-highlight');
  await expect(marks.first()).toBeVisible();
  expect(requested).toContain('/pagefind/pagefind-highlight.js');
  const words = new Set((await marks.allTextContents()).map((text) => text.toLowerCase()));
  expect([...words].sort()).toEqual(['werkzeug', 'wsgi']);
  expect(await top('#term-xss')).toBe(before);

  // Background only: the marks do not change the text's box.
  const style = await marks.first().evaluate((mark) => {
    const own = getComputedStyle(mark);
    const parent = getComputedStyle(mark.parentElement as Element);
    return {
      padding: own.padding,
      border: own.borderWidth,
      sameFont: own.font === parent.font,
      sameColour: own.color === parent.color,
      background: own.backgroundColor,
    };
  });
  expect(style).toMatchObject({ padding: '0px', border: '0px', sameFont: true, sameColour: true });
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(problems).toEqual([]);
});

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];

for (const query of HOSTILE) {
  test(`hostile query text stays text: ${query}`, async ({ page, problems }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('searchbox')).toHaveValue(query);
    await expect(main.locator('.search-summary')).toContainText(query);

    await page.goto(`/guide/overview/?pagefind-highlight=${encodeURIComponent(query)}`);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    await page.keyboard.type(query); // at once: keys typed while the UI loads must not be lost
    await expect(searchDialog(page).locator('.search-summary')).toContainText(query);

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script').filter({ hasText: 'alert(1)' }).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the open search modal passes axe in light and dark', async ({ page, problems }) => {
  await page.goto('/guide/overview/');
  await searchInModal(page, 'orm');
  await page.waitForLoadState('networkidle');
  await expectAxeCleanInBothSchemes(page);
  expect(problems).toEqual([]);
});

test('the search page with results passes axe in light and dark', async ({ page, problems }) => {
  await page.goto('/search/?q=orm&kind=Chapter');
  await expect(page.getByRole('main').locator('.search-result-link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAxeCleanInBothSchemes(page);
  expect(problems).toEqual([]);
});

test('a misspelt word in the modal shows the corrected search at once', async ({ page, problems }) => {
  await page.goto('/guide/overview/');
  await page.keyboard.press('/');
  await page.keyboard.type('djnago');
  const dialog = searchDialog(page);
  await expect(dialog.locator('[data-search-notice]')).toHaveText(/^No results for djnago\. Showing \d+ results for django\.$/);
  await expect(dialog.locator('.search-result-link').first()).toHaveAttribute('href', /pagefind-highlight=django/);
  await expect(dialog.locator('.search-summary')).toBeEmpty();
  expect(problems).toEqual([]);
});

test('a search that finds nothing offers popular topics and the guide, without an empty filter box', async ({ page, problems }) => {
  await page.goto('/search/?q=zzzqqq');
  const main = page.getByRole('main');
  await expect(main.locator('.search-summary')).toHaveText('No results for zzzqqq');
  const help = main.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'list of chapters' })).toHaveAttribute('href', '/guide/');
  const topics = help.getByRole('listitem').getByRole('link');
  expect(await topics.count()).toBeGreaterThan(3);
  for (const href of await topics.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/guide\/[a-z-]+\/#[a-z0-9-]+$/);
  }
  await expect(main.locator('.search-filters')).toBeHidden();
  await expectAxeCleanInBothSchemes(page);

  // A search that finds something hides the help again and brings the filters back.
  await main.getByRole('searchbox').fill('orm');
  await expect(main.locator('.search-result-link').first()).toBeVisible();
  await expect(help).toBeHidden();
  await expect(main.locator('.search-filters')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a word spelt as it sounds ("migrashun") is corrected to the site\'s word', async ({ page, problems }) => {
  await page.goto('/guide/overview/');
  await page.keyboard.press('/');
  await page.keyboard.type('migrashun');
  const dialog = searchDialog(page);
  await expect(dialog.locator('[data-search-notice]')).toContainText(/migration/);
  await expect(dialog.locator('.search-result-link').first()).toHaveAttribute('href', /pagefind-highlight=migration/);
  expect(problems).toEqual([]);
});

// Every result is of some kind and concerns some framework, so each filter's counts add up to
// the number of results the summary gives; and a comparison row's excerpt reads as prose, without
// the table's column labels for the edge and the notes.
test('for a common query the filter counts add up to the result count, and excerpts carry no table labels', async ({ page, problems }) => {
  await page.goto('/search/?q=orm');
  const main = page.getByRole('main');
  const total = await resultCount(main, 'orm');
  expect(total).toBeGreaterThan(10);
  for (const group of ['Kind', 'Framework']) {
    const labels = await main
      .getByRole('group', { name: group })
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? box.getAttribute('aria-label') ?? ''));
    const counts = labels.map((label) => Number.parseInt(/(\d+)\D*$/.exec(label)?.[1] ?? 'NaN', 10));
    expect(counts.every(Number.isFinite), labels.join(' | ')).toBe(true);
    expect(
      counts.reduce((sum, count) => sum + count, 0),
      `${group}: ${labels.join(' | ')}`,
    ).toBe(total);
  }
  const excerpts = await main.locator('.search-result > .search-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  expect(excerpts.filter((text) => /\bEdge:|Notes and sources:/.test(text))).toEqual([]);
  expect(problems).toEqual([]);
});
