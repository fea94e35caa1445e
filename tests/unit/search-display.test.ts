import { describe, expect, it } from 'vitest';
import { excerptParts, filterCount, summaryText } from '../../src/search/search-display';

describe('excerptParts', () => {
  it('splits an excerpt into plain runs and marked words', () => {
    expect(excerptParts('The <mark>ORM</mark> maps <mark>models</mark>.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'ORM', marked: true },
      { text: ' maps ', marked: false },
      { text: 'models', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes the character references Pagefind writes, named and numeric', () => {
    expect(excerptParts('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27; &apos;e&apos;')).toEqual([
      { text: `a <b> & "c" 'd' 'e'`, marked: false },
    ]);
  });

  it('keeps any other markup, and unknown or out-of-range references, as literal text', () => {
    const hostile = '<img src=x onerror=alert(1)><mark>x</mark>&bogus;&#0;&#x110000;';
    expect(excerptParts(hostile)).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'x', marked: true },
      { text: '&bogus;&#0;&#x110000;', marked: false },
    ]);
    // Decoding happens once: an escaped tag becomes text, never a <mark> or any element.
    expect(excerptParts('&lt;mark&gt;x&lt;/mark&gt;')).toEqual([{ text: '<mark>x</mark>', marked: false }]);
  });

  it('drops empty runs', () => {
    expect(excerptParts('<mark>orm</mark>')).toEqual([{ text: 'orm', marked: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('filterCount', () => {
  const available = { kind: { FAQ: 3, Chapter: 0 } };
  const total = { kind: { FAQ: 3, Chapter: 12, Glossary: 4 } };

  it('shows what ticking an unticked value would find, and lists it only when that is something', () => {
    expect(filterCount('kind', 'FAQ', false, available, total)).toEqual({ count: 3, listed: true });
    expect(filterCount('kind', 'Chapter', false, available, total)).toEqual({ count: 0, listed: false });
    expect(filterCount('kind', 'Page', false, available, total)).toEqual({ count: 0, listed: false });
  });

  it('shows a ticked value with its own total, and always lists it so it can be unticked', () => {
    expect(filterCount('kind', 'Glossary', true, available, total)).toEqual({ count: 4, listed: true });
    expect(filterCount('framework', 'Flask', true, undefined, undefined)).toEqual({ count: 0, listed: true });
  });
});

describe('summaryText', () => {
  it('counts the results for the words typed', () => {
    expect(summaryText(12, 'orm')).toBe('12 results for orm');
    expect(summaryText(1, 'celery')).toBe('1 result for celery');
    expect(summaryText(0, 'zzzqqq')).toBe('No results for zzzqqq');
  });

  it('counts without words when only filters are set', () => {
    expect(summaryText(7, '')).toBe('7 results');
    expect(summaryText(0, '')).toBe('No results');
  });
});
