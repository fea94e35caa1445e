/**
 * Search relevance: for questions and topics a reader actually types, the section that answers
 * them is among the top three results, counting the sections the UI lists under each result;
 * a query naming a section's topic, or a comparison row's dimension, finds it first; misspelt
 * words find the intended word's results on /search/; and excerpts read cleanly. Ranking runs
 * against the built index through Pagefind's JS API, the way the UI searches. The queries live
 * in tests/helpers/search-queries.ts. When one fails, tune the markup and weights
 * (data-pagefind-weight, data-pagefind-meta, data-pagefind-ignore, content/synonyms.yaml,
 * src/search/search.ts), never the query.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { builtPages } from '../helpers/dist';
import { FIRST_PLACE_QUERIES, READER_QUERIES, TYPO_QUERIES } from '../helpers/search-queries';
import { initPagefind, topResults } from './search-api';
import { expect, test } from './fixtures';

test('reader queries land on the right section', async ({ page, problems }) => {
  expect(READER_QUERIES.length).toBeGreaterThanOrEqual(25);
  await page.goto('/');
  await initPagefind(page);

  const misses: string[] = [];
  for (const [query, expected] of READER_QUERIES) {
    const results = await topResults(page, query);
    const found = results.flatMap((result) => [result.url, ...result.sections]);
    if (!found.includes(expected)) {
      const shown = results.map((result) => `${result.url} [${result.sections.join(' ')}]`).join('\n      ');
      misses.push(`"${query}": expected ${expected}, top 3 were\n      ${shown}`);
    }
  }
  expect(misses, `${misses.length} of ${READER_QUERIES.length} queries missed`).toEqual([]);
  expect(problems).toEqual([]);
});

/** The first place of a search: the first result and the first section listed under it. */
async function firstPlace(page: Page, query: string): Promise<string[]> {
  const [first] = await topResults(page, query, { limit: 1 });
  return first ? [first.url, ...first.sections.slice(0, 1)] : [];
}

test("a query naming a section's topic, or a comparison row's dimension, finds it first", async ({ page, problems }) => {
  const rows = parse(readFileSync('content/comparison.yaml', 'utf8')) as { id: string; dimension: string }[];
  const cases = [...FIRST_PLACE_QUERIES, ...rows.map((row) => [row.dimension, `/compare/#row-${row.id}`] as const)];
  await page.goto('/');
  await initPagefind(page);

  const misses: string[] = [];
  for (const [query, expected] of cases) {
    const first = await firstPlace(page, query);
    if (!first.includes(expected)) misses.push(`"${query}": expected ${expected} first, got ${first.join(' ') || 'nothing'}`);
  }
  expect(misses, `${misses.length} of ${cases.length} queries missed first place`).toEqual([]);
  expect(problems).toEqual([]);
});

test('excerpts read cleanly: no button text, no space before punctuation, no fields run together', async ({ page, problems }) => {
  // Words with a capital inside ("CsrfViewMiddleware") must be the page's own, not two fields joined.
  const pageText = new Map(builtPages().map((built) => [built.path, built.root.structuredText.replace(/\s+/g, ' ')]));
  const queries = [
    ...READER_QUERIES.map(([query]) => query).slice(0, 24),
    'publisher',
    'date consulted',
    'copy',
    'hello world',
    'flask-admin',
    'sources',
  ];
  expect(queries.length).toBe(30);
  await page.goto('/');
  await initPagefind(page);

  const problemsFound: string[] = [];
  for (const query of queries) {
    for (const result of await topResults(page, query, { limit: 5 })) {
      const text = pageText.get(result.url.replace(/#.*$/, '')) ?? '';
      for (const excerpt of result.excerpts) {
        const plain = excerpt
          .replace(/<\/?mark>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'");
        const where = `"${query}" → ${result.url}: …${plain}…`;
        if (/\bCopy\b/.test(plain)) problemsFound.push(`button text in ${where}`);
        if (/\S\s+[.,](?=\s|$)/.test(plain)) problemsFound.push(`space before punctuation in ${where}`);
        for (const word of plain.match(/[\p{L}\p{N}-]*\p{Ll}\p{Lu}[\p{L}\p{N}-]*/gu) ?? []) {
          if (!text.includes(word)) problemsFound.push(`"${word}" runs two fields together in ${where}`);
        }
      }
    }
  }
  expect(problemsFound).toEqual([]);
  expect(problems).toEqual([]);
});

test('misspelt words on /search/ show the intended word’s results, at once or one click away', async ({ page, problems }) => {
  const main = page.getByRole('main');
  for (const [typed, meant] of TYPO_QUERIES) {
    await page.goto(`/search/?q=${typed}`);
    const notice = main.locator('[data-search-notice]');
    await expect(notice).toContainText(meant);
    const suggestion = notice.getByRole('link', { name: meant });
    if (await suggestion.count()) {
      await suggestion.click();
      await expect(page).toHaveURL(new RegExp(`/search/\\?q=${meant}$`));
    } else {
      await expect(notice).toHaveText(new RegExp(`^No results for ${typed}\\. Showing \\d+ results? for ${meant}\\.$`));
    }
    // The results shown mark the intended word.
    const marks = main.locator('.search-result').first().locator('mark');
    await expect(marks.first()).toBeVisible();
    expect(
      (await marks.allTextContents()).some((mark) => mark.toLowerCase().startsWith(meant)),
      `${typed} → ${meant}`,
    ).toBe(true);
    await expect(main.locator('.search-summary')).toBeEmpty();
  }
  expect(problems).toEqual([]);
});
