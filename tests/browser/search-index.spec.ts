/**
 * The Pagefind index built by `npm run build` works in the browser under the site's CSP: a word
 * that only one chapter uses finds that chapter.
 */
import { builtPages } from '../helpers/dist';
import { words } from '../../src/checks/wording';
import { expect, test } from './fixtures';

const pages = builtPages();
const chapterPages = pages.filter((page) => /^\/guide\/[^/]+\/$/.test(page.path));
// Code blocks and what carries data-pagefind-ignore are not indexed (src/search/search-records.ts).
function mainText(page: (typeof pages)[number]): string {
  const body = page.root.querySelector('[data-pagefind-body]')?.clone() as typeof page.root | undefined;
  for (const element of body?.querySelectorAll('pre, [data-pagefind-ignore]') ?? []) element.remove();
  // Text block by block: words of adjacent blocks never run together, nor a word before a line
  // break and an element ("lazy\n<code>QuerySet</code>", which structuredText joins).
  return (body?.querySelectorAll('p, li, td, th, h2, h3, dd, dt') ?? []).map((block) => block.text).join('\n');
}

/**
 * The first long word of a chapter that no other page uses, nor a word of its stem: Pagefind
 * stems, so "integrated" also finds "integration" elsewhere (the first six letters stand in for
 * the stem).
 */
function distinctiveWord(chapter: (typeof pages)[number]): string | undefined {
  const stem = (word: string) => word.slice(0, 6);
  const elsewhere = new Set(pages.filter((page) => page !== chapter).flatMap((page) => words(page.root.structuredText).map(stem)));
  return words(mainText(chapter)).find((word) => word.length >= 7 && /^[a-z]+$/.test(word) && !elsewhere.has(stem(word)));
}

test('searching a word from a chapter returns that chapter', async ({ page, problems }) => {
  const cases = chapterPages
    .map((chapter) => ({ path: chapter.path, word: distinctiveWord(chapter) }))
    .filter((c): c is { path: string; word: string } => Boolean(c.word))
    .slice(0, 5);
  expect(cases.length).toBeGreaterThan(0);

  await page.goto('/');
  for (const { path, word } of cases) {
    const urls = await page.evaluate(async (query) => {
      const bundle = '/pagefind/pagefind.js'; // served by the site, so not resolvable at compile time
      const pagefind = await import(bundle);
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
      // An FAQ entry, glossary term or pros-and-cons item is a result of its own, at page#anchor.
      return data.map((entry) => entry.url.replace(/#.*$/, ''));
    }, word);
    expect(urls, `search for "${word}"`).toContain(path);
  }
  expect(problems).toEqual([]);
});
