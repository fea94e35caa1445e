/** Every internal link and #fragment on the built site resolves. */
import { describe, expect, it } from 'vitest';
import { builtPages, distHas, fragmentTargets, pageAt } from '../helpers/dist';

const SITE_ORIGIN = 'http://site.invalid';

/** Internal link targets of a page, resolved against its URL: [path, fragment]. */
function internalTargets(pagePath: string, hrefs: string[]): { href: string; path: string; fragment: string }[] {
  const base = new URL(pagePath, SITE_ORIGIN);
  return hrefs.flatMap((href) => {
    const url = new URL(href, base);
    if (url.origin !== SITE_ORIGIN) return [];
    return [{ href, path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) }];
  });
}

describe.each(builtPages().map((page) => [page.path, page] as const))('links on %s', (_path, page) => {
  const hrefs = page.root
    .querySelectorAll('a[href], link[href]:not([rel=canonical]), area[href]')
    .map((el) => el.getAttribute('href') ?? '');

  it('has no link to a missing page or file', () => {
    const broken = internalTargets(page.path, hrefs).filter(({ path }) => !distHas(path));
    expect(broken.map(({ href }) => href)).toEqual([]);
  });

  it('has no link to a missing fragment', () => {
    const broken = internalTargets(page.path, hrefs).filter(({ path, fragment }) => {
      if (!fragment) return false;
      const target = pageAt(path);
      return !target || !fragmentTargets(target).has(fragment);
    });
    expect(broken.map(({ href }) => href)).toEqual([]);
  });

  it('has no empty or javascript: links', () => {
    const bad = hrefs.filter((href) => href.trim() === '' || /^\s*javascript:/i.test(href));
    expect(bad).toEqual([]);
  });
});
