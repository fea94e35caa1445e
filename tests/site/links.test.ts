/** Every internal link and #fragment on the built site resolves: one sweep per invariant over every page. */
import { describe, expect, it } from 'vitest';
import { builtPages, distHas, fragmentTargets, pageAt, type BuiltPage } from '../helpers/dist';
import { sweepPages } from '../helpers/sweep';

const SITE_ORIGIN = 'http://site.invalid';
const pages = builtPages();

const hrefsOf = (page: BuiltPage): string[] =>
  page.root.querySelectorAll('a[href], link[href]:not([rel=canonical]), area[href]').map((el) => el.getAttribute('href') ?? '');

/** Internal link targets of a page, resolved against its URL. */
function internalTargets(page: BuiltPage): { href: string; path: string; fragment: string }[] {
  const base = new URL(page.path, SITE_ORIGIN);
  return hrefsOf(page).flatMap((href) => {
    const url = new URL(href, base);
    if (url.origin !== SITE_ORIGIN) return [];
    return [{ href, path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) }];
  });
}

describe('links on every page', () => {
  it('lead to pages and files that exist', () => {
    const broken = sweepPages(pages, (page) =>
      internalTargets(page)
        .filter(({ path }) => !distHas(path))
        .map(({ href }) => href),
    );
    expect(broken).toEqual([]);
  });

  it('lead to fragments that exist', () => {
    const broken = sweepPages(pages, (page) =>
      internalTargets(page)
        .filter(({ path, fragment }) => {
          if (!fragment) return false;
          const target = pageAt(path);
          return !target || !fragmentTargets(target).has(fragment);
        })
        .map(({ href }) => href),
    );
    expect(broken).toEqual([]);
  });

  it('are never empty or javascript:', () => {
    const bad = sweepPages(pages, (page) => hrefsOf(page).filter((href) => href.trim() === '' || /^\s*javascript:/i.test(href)));
    expect(bad).toEqual([]);
  });
});
