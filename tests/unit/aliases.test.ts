import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fragmentAliasesFor, fragmentAliasesFromJson, movedTo, parseAliases, resolveFragment, resolveLink } from '../../src/lib/aliases';

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
    expect(() => parseAliases({ fragments: [{ page: 'guide/x/', from: 'a', to: 'b' }] })).toThrow(/fragments\[0\] › page/);
    expect(() => parseAliases({ fragments: [{ page: '/guide/x/', from: '#a', to: 'b' }] })).toThrow(/fragments\[0\] › from/);
    expect(() => parseAliases({ pages: [{ from: '/faq', to: '/guide/faq/' }] })).toThrow(/pages\[0\] › from/);
    expect(() => parseAliases({ pages: { from: '/faq/' } })).toThrow(/pages: expected a list/);
    expect(() => parseAliases('fragments')).toThrow(/expected/);
    expect(parseAliases(null)).toEqual({ fragments: [], pages: [] });
  });

  it('reject duplicates and loops', () => {
    const twice = { page: '/guide/x/', from: 'a', to: 'b' };
    expect(() => parseAliases({ fragments: [twice, { ...twice, to: 'c' }] })).toThrow(/listed twice/);
    expect(() =>
      parseAliases({ fragments: [twice, { page: '/guide/x/', from: 'b', to: 'a' }] }),
    ).toThrow(/loop: a → b → a/);
    expect(() => parseAliases({ pages: [{ from: '/a/', to: '/b/' }, { from: '/b/', to: '/a/' }] })).toThrow(/loop/);
  });

  it('the committed content/aliases.yaml is valid', () => {
    const committed = parseAliases(parse(readFileSync('content/aliases.yaml', 'utf8')));
    expect(committed.pages.length).toBeGreaterThan(0);
    expect(committed.fragments.length).toBeGreaterThan(0);
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
