import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fragmentAliasesFor, fragmentAliasesFromJson, movedTo, redirectRules, resolveFragment, resolveLink } from '../../src/share/aliases';
import { parseAliasesFile } from '../../src/share/aliases-file';

/** Parses aliases written as data, through the file's real path (YAML, zod, whole-set checks). */
const parseAliases = (data: unknown) => parseAliasesFile(stringify(data));

const aliases = parseAliases({
  fragments: [
    { page: '/guide/ecosystem/', from: 'popularity-as-of-june-2026', to: 'popularity-2026' },
    { page: '/guide/ecosystem/', from: 'popularity-2026', to: 'popularity' },
    { page: '/guide/overview/', from: 'old', to: 'new' },
  ],
  pages: [
    { from: '/faq/', to: '/guide/faqs/' },
    { from: '/guide/faqs/', to: '/guide/faq/' },
  ],
});

describe('aliases', () => {
  it('follow renames of renames, per page', () => {
    expect(resolveFragment(aliases, '/guide/ecosystem/', 'popularity-as-of-june-2026')).toBe('popularity');
    expect(resolveFragment(aliases, '/guide/ecosystem/', 'old')).toBeUndefined();
    expect(resolveFragment(aliases, '/guide/overview/', 'old')).toBe('new');
    expect(fragmentAliasesFor(aliases, '/guide/ecosystem/')).toEqual({
      'popularity-as-of-june-2026': 'popularity',
      'popularity-2026': 'popularity',
    });
    expect(fragmentAliasesFor(aliases, '/sources/')).toEqual({});
  });

  it('follow moves of moves', () => {
    expect(movedTo(aliases, '/faq/')).toBe('/guide/faq/');
    expect(movedTo(aliases, '/guide/faq/')).toBeUndefined();
  });

  it('resolve a published link: page moves first, then the fragment only if the page lost it', () => {
    const ids: Record<string, string[]> = { '/guide/ecosystem/': ['popularity'], '/guide/overview/': ['old', 'new'] };
    const has = (path: string, id: string) => ids[path]?.includes(id) ?? false;
    expect(resolveLink(aliases, '/guide/ecosystem/', 'popularity-as-of-june-2026', has)).toEqual({
      path: '/guide/ecosystem/',
      fragment: 'popularity',
    });
    // The page still has the old id (the alias is stale): the link keeps its fragment.
    expect(resolveLink(aliases, '/guide/overview/', 'old', has)).toEqual({ path: '/guide/overview/', fragment: 'old' });
    expect(resolveLink(aliases, '/faq/', 'faq-x', has)).toEqual({ path: '/guide/faq/', fragment: 'faq-x' });
    expect(resolveLink(aliases, '/sources/', '', has)).toEqual({ path: '/sources/', fragment: '' });
  });

  it('reject malformed entries, naming them', () => {
    expect(() => parseAliases({ fragments: [{ page: 'guide/x/', from: 'a', to: 'b' }], pages: [] })).toThrow(
      'content/aliases.yaml: fragments[0].page: must be a page path such as "/guide/faq/"',
    );
    expect(() => parseAliases({ fragments: [{ page: '/guide/x/', from: '#a', to: 'b' }], pages: [] })).toThrow(
      'content/aliases.yaml: fragments[0].from: must be a fragment id without "#"',
    );
    expect(() => parseAliases({ fragments: [], pages: [{ from: '/faq', to: '/guide/faq/' }] })).toThrow(
      'content/aliases.yaml: pages[0].from: must be a page path such as "/guide/faq/"',
    );
    expect(() => parseAliases({ fragments: [], pages: { from: '/faq/' } })).toThrow(/content\/aliases\.yaml: pages: .*expected array/);
    expect(() => parseAliases('fragments')).toThrow('expected a `fragments:` list and a `pages:` list (write `[]` for none)');
  });

  it('reject an empty file: the short links would vanish without a word (both lists are required)', () => {
    expect(() => parseAliasesFile('')).toThrow(
      'content/aliases.yaml: (file): expected a `fragments:` list and a `pages:` list (write `[]` for none); the file is empty',
    );
    expect(parseAliases({ fragments: [], pages: [] })).toEqual({ fragments: [], pages: [] });
  });

  it('reject duplicates and loops', () => {
    const twice = { page: '/guide/x/', from: 'a', to: 'b' };
    expect(() => parseAliases({ fragments: [twice, { ...twice, to: 'c' }], pages: [] })).toThrow(
      'content/aliases.yaml: fragments[1]: /guide/x/#a is listed twice',
    );
    expect(() => parseAliases({ fragments: [twice, { page: '/guide/x/', from: 'b', to: 'a' }], pages: [] })).toThrow(
      'content/aliases.yaml: fragments[0]: /guide/x/ fragment aliases form a loop: a → b → a',
    );
    expect(() =>
      parseAliases({
        fragments: [],
        pages: [
          { from: '/a/', to: '/b/' },
          { from: '/b/', to: '/a/' },
        ],
      }),
    ).toThrow('content/aliases.yaml: pages[0]: page aliases form a loop: /a/ → /b/ → /a/');
  });

  it('the committed content/aliases.yaml is valid', () => {
    const committed = parseAliasesFile(readFileSync('content/aliases.yaml', 'utf8'));
    expect(committed.pages.length).toBeGreaterThan(0);
    expect(committed.fragments.length).toBeGreaterThan(0);
  });

  it('become 301 rules for hosts that read _redirects, under the base the site is deployed at', () => {
    expect(redirectRules(aliases, '/')).toBe('/faq/ /guide/faq/ 301\n/guide/faqs/ /guide/faq/ 301\n');
    expect(redirectRules(aliases, '/docs/')).toBe('/docs/faq/ /docs/guide/faq/ 301\n/docs/guide/faqs/ /docs/guide/faq/ 301\n');
  });
});

describe('fragmentAliasesFromJson', () => {
  it('reads back what fragmentAliasesFor wrote', () => {
    const written = { 'old-id': 'new-id', 'older-id': 'new-id' };
    expect(Object.fromEntries(fragmentAliasesFromJson(JSON.stringify(written)))).toEqual(written);
  });
  it('yields no aliases for anything else', () => {
    for (const json of [undefined, '', 'null', '[["a","b"]]', '"x"', '{bad json', '{"a": 1, "b": null}']) {
      expect(fragmentAliasesFromJson(json).size, String(json)).toBe(0);
    }
  });
  it('keeps only the string values of a mixed object', () => {
    expect([...fragmentAliasesFromJson('{"a":"b","c":{"d":"e"}}')]).toEqual([['a', 'b']]);
  });
});
