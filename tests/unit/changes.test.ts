import { describe, expect, it } from 'vitest';
import { atomFeed, chapterChanges, factChanges, sortChanges } from '../../src/export/changes';
import type { Fact } from '../../src/content/fact-schema';
import { parseFacts } from '../../src/content/fact-checks';

const fact: Fact = {
  id: 'drf-latest',
  label: 'Newest DRF release',
  value: '3.18.3',
  date: '2026-11-01',
  checked: '2026-12-01',
  source: ['pypi'],
  history: [
    { value: '3.18.2', date: '2026-10-06', until: '2026-12-01' },
    { value: '3.18.1', until: '2026-10-10' },
  ],
};

describe('changes', () => {
  it('turns each earlier value of a fact into a from → to entry with its pages', () => {
    const entries = factChanges([fact], () => [{ title: 'APIs', path: '/guide/apis/' }]);
    expect(entries.map((entry) => entry.title)).toEqual(['Newest DRF release: 3.18.1 → 3.18.2', 'Newest DRF release: 3.18.2 → 3.18.3']);
    expect(entries[1]?.summary).toBe('Newest DRF release changed from 3.18.2 (6 October 2026) to 3.18.3 (1 November 2026).');
    expect(entries[1]?.pages).toEqual([{ title: 'APIs', path: '/guide/apis/' }]);
  });

  it('links a chapter change to its section and sorts newest first', () => {
    const entries = sortChanges([
      ...chapterChanges([
        { title: 'APIs', path: '/guide/apis/', changes: [{ date: '2026-11-01', summary: 'New GraphQL section.', section: 'graphql' }] },
      ]),
      ...factChanges([fact], () => []),
    ]);
    expect(entries.map((entry) => entry.date)).toEqual(['2026-12-01', '2026-11-01', '2026-10-10']);
    expect(entries[1]?.pages[0]?.path).toBe('/guide/apis/#graphql');
  });

  it('writes an Atom feed with escaped text and the newest day as its update', () => {
    const feed = atomFeed(
      chapterChanges([{ title: 'Q & A <new>', path: '/guide/faq/', changes: [{ date: '2026-12-02', summary: 'Added "x".' }] }]),
      {
        title: 'Guide',
        pageUrl: 'https://example.org/docs/changes/',
        feedUrl: 'https://example.org/docs/changes.xml',
        author: 'Guide',
        absolute: (path) => `https://example.org/docs${path}`,
      },
    );
    expect(feed).toContain('<title>Q &amp; A &lt;new&gt;</title>');
    expect(feed).toContain('<updated>2026-12-02T00:00:00Z</updated>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://example.org/docs/guide/faq/"/>');
    expect(feed).toContain('<summary>Added &quot;x&quot;.</summary>');
  });
});

describe('history in the facts registry', () => {
  const entry = (history: string) =>
    `- id: drf-latest\n  label: Newest DRF release\n  value: 3.18.3\n  checked: 2026-12-01\n  source: [pypi]\n  history:\n${history}`;

  it('reads earlier values, a number kept as the text it shows', () => {
    const fact = parseFacts(entry('    - value: 3.18\n      until: 2026-12-01\n')).get('drf-latest');
    expect(fact?.history).toEqual([{ value: '3.18', until: '2026-12-01' }]);
  });

  it('fails on a replaced value without a real day, naming the entry and the field', () => {
    expect(() => parseFacts(entry('    - value: 3.18.2\n      until: 2026-02-30\n'))).toThrow(
      /content\/facts\.yaml: entry "drf-latest" › history\[0\]\.until: must be a real calendar day/,
    );
  });
});
