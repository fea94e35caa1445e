/**
 * Decision result pages (/decide/<outcome>/<confidence>/): a shared result's link preview names
 * its verdict and confidence; the pages carry the whole tool, stay out of search engines, the
 * sitemap and the site search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, type BuiltPage } from '../helpers/dist';
import { isResultPagePath, outcomeOfResultPage, resultPagePath, resultPages, type ResultOutcome } from '../../src/decision/decision-url';
import { outcomeText } from '../../src/decision/decision-text';

const builtResultPages = builtPages().filter((page) => isResultPagePath(page.path));
const meta = (page: BuiltPage, key: string) =>
  page.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

describe('decision result pages', () => {
  it('exist for every outcome and confidence that can occur, and nothing else matches their paths', () => {
    const expected = resultPages().map(({ outcome, confidence }) => resultPagePath(outcome, confidence));
    expect(builtResultPages.map((page) => page.path).sort()).toEqual(expected.sort());
  });

  it('preview their verdict and confidence in the title and description', () => {
    const problems: string[] = [];
    for (const page of builtResultPages) {
      const [, , outcome, confidence] = page.path.split('/') as [string, string, ResultOutcome, string];
      const verdict = outcomeText(outcomeOfResultPage(outcome)).replace(/\.$/, '');
      for (const key of ['og:title', 'twitter:title'])
        if (!meta(page, key).includes(verdict)) problems.push(`${page.path} ${key}: ${meta(page, key)}`);
      // The verdict as written, frameworks capitalised ("Flask fits this project better").
      for (const key of ['description', 'og:description', 'twitter:description']) {
        const text = meta(page, key);
        if (!text.includes(verdict) || !text.includes(`${confidence} confidence`)) problems.push(`${page.path} ${key}: ${text}`);
      }
      if (!page.root.querySelector('title')?.textContent?.includes(`${confidence} confidence`)) problems.push(`${page.path} <title>`);
    }
    expect(problems).toEqual([]);
  });

  it('carry the tool, and are kept out of search engines, the sitemap and the site search', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const page of builtResultPages) {
      expect(page.root.querySelector('decision-widget form[data-decision-form]'), page.path).not.toBeNull();
      expect(meta(page, 'robots'), page.path).toBe('noindex');
      expect(page.root.querySelector('[data-pagefind-body]'), page.path).toBeNull();
      expect(sitemap).not.toContain(page.path);
    }
    expect(sitemap).toContain('/decide/<');
  });
});
