/**
 * The anchor registry (content/anchors.json) is a promise: every page and fragment the site has
 * published still resolves, on its own or through an alias (content/aliases.yaml). New anchors
 * must be registered (`npm run anchors:update`) so they are protected from then on.
 */
import { describe, expect, it } from 'vitest';
import { movedTo, resolveFragment, resolveLink } from '../../src/share/aliases';
import { isListedPage, linkedFragments, mergeRegistry, publicAnchors, readAliases, readRegistry } from '../helpers/anchors';
import { builtPages, distHas, fragmentTargets, pageAt, refreshTarget } from '../helpers/dist';

const registry = readRegistry();
const aliases = readAliases();
const hasFragment = (path: string, fragment: string) => {
  const page = pageAt(path);
  return page !== undefined && fragmentTargets(page).has(fragment);
};

const entries = Object.entries(registry).flatMap(([path, ids]) => [{ path, fragment: '' }, ...ids.map((fragment) => ({ path, fragment }))]);

describe('anchor registry', () => {
  it('holds the published site', () => {
    expect(Object.keys(registry).length).toBeGreaterThanOrEqual(20);
    expect(entries.length).toBeGreaterThan(300);
  });

  it('every registered page and fragment still resolves, directly or through an alias', () => {
    const broken = entries.filter(({ path, fragment }) => {
      if (!distHas(path)) return true;
      const landing = resolveLink(aliases, path, fragment, hasFragment);
      return !distHas(landing.path) || (landing.fragment !== '' && !hasFragment(landing.path, landing.fragment));
    });
    expect(
      broken.map(({ path, fragment }) => `${path}#${fragment}`),
      'add an alias in content/aliases.yaml',
    ).toEqual([]);
  });

  it('registers every page and fragment this build publishes (run `npm run anchors:update`)', () => {
    expect(mergeRegistry(registry, builtPages()).added).toEqual([]);
  });

  it('leaves out machinery: the skip-link target, the live region, labels of regions and controls', () => {
    const ids = Object.values(registry).flat();
    expect(ids).not.toContain('main');
    expect(ids).not.toContain('live-announcer');
    const pages = builtPages();
    const anchorsOf = (path: string) => publicAnchors(pageAt(path)!, linkedFragments(pages).get(path));
    expect(anchorsOf('/guide/faq/')).toContain('faq-background-tasks');
    expect(anchorsOf('/sources/')).toContain('apidog');
    // A <caption> id only names its table for assistive technology.
    expect(anchorsOf('/')).not.toContain('at-a-glance-caption');
    expect(pages.filter((page) => !isListedPage(page)).map((page) => page.path)).toEqual(['/404.html']);
  });
});

describe('aliases', () => {
  it('each fragment alias leads from an id its page no longer has to one it has', () => {
    const bad = aliases.fragments.filter(
      ({ page, from }) => !distHas(page) || hasFragment(page, from) || !hasFragment(page, resolveFragment(aliases, page, from) ?? ''),
    );
    expect(bad).toEqual([]);
  });

  it('each fragment alias replaces a registered fragment', () => {
    const unregistered = aliases.fragments.filter(({ page, from }) => !registry[page]?.includes(from));
    expect(unregistered).toEqual([]);
  });

  it('each moved page has a redirect page that sends readers to a page that exists', () => {
    expect(aliases.pages.length).toBeGreaterThan(0);
    for (const { from } of aliases.pages) {
      const to = movedTo(aliases, from) ?? '';
      expect(distHas(to), `${from} → ${to}`).toBe(true);
      const page = pageAt(from);
      expect(page && refreshTarget(page), from).toBe(to);
      expect(page?.root.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      expect(page?.root.querySelector(`moved-page a[href="${to}"]`), 'a visible link to the new page').toBeTruthy();
    }
  });
});
