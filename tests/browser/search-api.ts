/**
 * Runs searches through Pagefind's JS API in the browser, against the index `npm run build`
 * wrote to dist/pagefind/, the way the site's search UI does: same options, same query and
 * filters (searchTerms, pagefindFilters), same order (promoteNamedResults) and same sections
 * under each result (rankSections).
 */
import type { Page } from '@playwright/test';
import {
  PAGEFIND_OPTIONS,
  pagefindFilters,
  promoteNamedResults,
  PROMOTED_WITHIN,
  rankSections,
  searchTerms,
  SHOWN_SECTIONS,
  type TitledMatch,
} from '../../src/search/search';

export interface RankedResult {
  /** Page URL, without the highlight parameters Pagefind appends. */
  url: string;
  /** The sections the UI lists under the page, best first. */
  sections: string[];
  /** The result's title and the excerpts the UI shows: the result's and its sections' (HTML, with <mark>). */
  title: string;
  excerpts: string[];
}

/** Loads Pagefind in the page once, with the site's options; call after page.goto(). */
export async function initPagefind(page: Page): Promise<void> {
  await page.evaluate(async (options) => {
    const bundle = '/pagefind/pagefind.js'; // served by the site, so not resolvable at compile time
    const pagefind = await import(bundle);
    await pagefind.options(options);
    await pagefind.init();
    (window as unknown as { pagefindForTests: unknown }).pagefindForTests = pagefind;
  }, PAGEFIND_OPTIONS);
}

const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

/** The top `limit` results for what a reader typed, each with the sections the UI lists under it. */
export async function topResults(
  page: Page,
  query: string,
  { limit = 3, filters = {} }: { limit?: number; filters?: Record<string, string[]> } = {},
): Promise<RankedResult[]> {
  const data = await page.evaluate(
    async ({ terms, limit, filters, checked }) => {
      interface Data {
        url: string;
        excerpt: string;
        meta: { title?: string };
        sub_results?: {
          url: string;
          title: string;
          excerpt: string;
          locations?: number[];
          weighted_locations?: { balanced_score: number }[];
        }[];
      }
      type Search = (terms: string, options: object) => Promise<{ results: { data: () => Promise<Data> }[] }>;
      const pagefind = (window as unknown as { pagefindForTests: { search: Search } }).pagefindForTests;
      const search = await pagefind.search(terms, { filters });
      return Promise.all(search.results.slice(0, Math.max(limit, checked)).map((result) => result.data()));
    },
    { terms: searchTerms(query), limit, filters: pagefindFilters(filters), checked: PROMOTED_WITHIN },
  );
  const ordered = promoteNamedResults(data, data as TitledMatch[], searchTerms(query)).slice(0, limit);
  return ordered.map((result) => {
    const sections = rankSections(result, SHOWN_SECTIONS);
    return {
      url: withoutQuery(result.url),
      sections: sections.map((section) => withoutQuery(section.url)),
      title: result.meta.title ?? '',
      excerpts: [result.excerpt, ...sections.map((section) => section.excerpt)],
    };
  });
}
