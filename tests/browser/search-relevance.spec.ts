/**
 * Search relevance: for questions and topics a reader actually types, the section that answers
 * them is among the top three results, counting the sections the UI lists under each result.
 * Runs against the built index through Pagefind's JS API, the way the UI searches. The queries
 * live in tests/helpers/search-queries.ts. When one fails, tune the markup and weights
 * (data-pagefind-weight, data-pagefind-meta, data-pagefind-ignore, src/lib/search.ts), never
 * the query.
 */
import { READER_QUERIES } from '../helpers/search-queries';
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
