/**
 * Search's filters count every result once: each page the index takes (data-pagefind-body) says
 * what kind of page it is, so the "Kind" filter's counts add up to the result count. A new page
 * that forgets SearchMetadata would make them disagree (the browser test sees it only for the
 * queries it runs).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

describe('indexed pages', () => {
  it('each carry a kind for the search filters', () => {
    const indexed = builtPages().filter((page) => page.html.includes('data-pagefind-body'));
    expect(indexed.length).toBeGreaterThan(20);
    const withoutKind = indexed.filter((page) => !/data-pagefind-filter="kind:/.test(page.html)).map((page) => page.path);
    expect(withoutKind).toEqual([]);
  });
});
