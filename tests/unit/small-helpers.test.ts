import { describe, expect, it } from 'vitest';
import { scanChapter } from '../../src/content/chapter-scan';
import { compactNumbers, numberSources, parseSourceIds, splitSourceIds } from '../../src/content/citations';
import { groupSources } from '../../src/guide/source-groups';
import { shareImageAlt, shareImageLines, shareImagePath } from '../../src/share/share-image';
import { groupChapters, neighbours } from '../../src/guide/chapter-groups';
import { ContentError, formatPath, formatProblem, renderProblem } from '../../src/site/content-errors';
import { copiedRuns, shingles, words } from '../../src/checks/wording';
import { guideSchema, ID_PATTERN } from '../../src/content/content-schemas';
import { formatDate } from '../../src/site/site';
import { mergePolicies, parsePolicy } from '../../src/site/csp-header';

describe('citation ids', () => {
  it('splits on spaces and commas and drops duplicates when rendering', () => {
    expect(splitSourceIds(' apidog,edureka  apidog ')).toEqual(['apidog', 'edureka', 'apidog']);
    expect(parseSourceIds('apidog edureka apidog')).toEqual(['apidog', 'edureka']);
  });
  it('refuses an empty citation', () => {
    expect(() => parseSourceIds(' , ')).toThrow(/at least one source/);
  });
});

describe('chapter grouping', () => {
  const chapters = [
    { id: 'a', data: { group: 'Features' as const } },
    { id: 'b', data: { group: 'Start here' as const } },
    { id: 'c', data: { group: 'Features' as const } },
  ];
  it('keeps the sidebar group order and drops empty groups', () => {
    expect(groupChapters(chapters).map(({ group, items }) => [group, items.map((c) => c.id)])).toEqual([
      ['Start here', ['b']],
      ['Features', ['a', 'c']],
    ]);
  });
  it('finds previous and next chapters', () => {
    expect(neighbours(chapters, 'a')).toEqual({ prev: undefined, next: chapters[1] });
    expect(neighbours(chapters, 'b')).toEqual({ prev: chapters[0], next: chapters[2] });
    expect(neighbours(chapters, 'zzz')).toEqual({});
  });
});

describe('content errors', () => {
  it('formats Zod paths as authors write them', () => {
    expect(formatPath(['options', 2, 'link'])).toBe('options[2].link');
    expect(formatPath([])).toBe('');
  });
  it('lists every problem in the message', () => {
    const error = new ContentError([
      { file: 'content/guide/a.mdx', field: 'title', message: 'Required' },
      { file: 'content/faq.yaml', field: 'entry "x" › link', message: 'no page at /nope/' },
    ]);
    expect(error.message).toContain('content/guide/a.mdx: title: Required');
    expect(error.message).toContain('content/faq.yaml: entry "x" › link: no page at /nope/');
  });
  it('adds the hint after what was expected', () => {
    expect(
      formatProblem({ file: 'content/facts.yaml', field: 'entry "a" › checked', message: 'must be a day', hint: 'write 2026-12-06' }),
    ).toBe('  content/facts.yaml: entry "a" › checked: must be a day. Hint: write 2026-12-06');
  });
  it('reports a failure while a chapter renders as a problem of its file, naming the element', () => {
    const astroError = Object.assign(new Error('<Fact id="gone" />: no such entry in content/facts.yaml'), { hint: 'Fix the id.' });
    expect(formatProblem(renderProblem('content/guide/a.mdx', astroError))).toBe(
      '  content/guide/a.mdx: <Fact id="gone" />: no such entry in content/facts.yaml. Hint: Fix the id.',
    );
    expect(formatProblem(renderProblem('content/guide/a.mdx', new Error('Expected component `X` to be defined')))).toBe(
      '  content/guide/a.mdx: (while rendering): Expected component `X` to be defined',
    );
  });
});

describe('wording', () => {
  it('normalises case, punctuation and curly apostrophes', () => {
    expect(words('Flask’s core — Routing, Jinja!')).toEqual(["flask's", 'core', 'routing', 'jinja']);
  });
  it('merges overlapping copied runs into one passage', () => {
    const known = new Set(shingles('one two three four five six', 3));
    expect(copiedRuns('zero one two three four nine', known, 3)).toEqual(['one two three four']);
    expect(copiedRuns('one two nine four five six', known, 3)).toEqual(['four five six']);
    expect(copiedRuns('nothing in common here at all', known, 3)).toEqual([]);
  });
});

describe('schemas', () => {
  const chapter = {
    title: 'Overview',
    description: 'A description that is long enough.',
    order: 1,
    group: 'Start here',
    updated: '2026-11-21',
  };
  it('accepts a complete chapter and coerces its date', () => {
    expect(guideSchema.parse(chapter).updated).toEqual(new Date('2026-11-21'));
  });
  it('reports a missing title by its field name', () => {
    const { title: _omitted, ...withoutTitle } = chapter;
    const result = guideSchema.safeParse(withoutTitle);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['title']]);
  });
  it('rejects unknown groups and names a field it does not know', () => {
    const result = guideSchema.safeParse({ ...chapter, group: 'Misc', sources: ['apidog'] });
    expect(result.error?.issues.map((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : issue.path))).toEqual(
      expect.arrayContaining([['group'], ['sources']]),
    );
  });
  it('accepts only URL- and fragment-safe ids', () => {
    expect(['orm', 'rest-apis', 'django-6'].every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(['ORM', 'rest apis', '-x', 'a--b', '<script>'].some((id) => ID_PATTERN.test(id))).toBe(false);
  });
});

describe('formatDate', () => {
  it('is independent of the build machine time zone', () => {
    expect(formatDate(new Date('2026-11-21T00:00:00Z'))).toBe('21 November 2026');
  });
});

describe('CSP header merging', () => {
  it('parses directives and their sources', () => {
    expect(parsePolicy("default-src 'self'; script-src 'self' 'sha256-a';").get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });
  it('unions the sources of each directive and adds header-only directives', () => {
    const merged = mergePolicies(
      ["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src 'self'"],
      ["frame-ancestors 'none'"],
    );
    expect(merged).toBe("frame-ancestors 'none'; img-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
  });
});

describe('citation helpers', () => {
  it('labels a marker with compact numbers', () => {
    expect(compactNumbers([3])).toBe('3');
    expect(compactNumbers([2, 1])).toBe('1,2');
    expect(compactNumbers([5, 1, 2, 3])).toBe('1–3,5');
    expect(compactNumbers([1, 4, 7, 12, 15])).toBe('1,4,7,+2');
    expect(compactNumbers([1, 2, 3, 5, 11, 12])).toBe('1–3,5,11,+1');
    expect(compactNumbers([1, 2, 3, 4, 9])).toBe('1–4,9');
  });

  it("numbers a page's sources in order of first citation, each once, and rejects unknown ids", () => {
    const lookup = (id: string) => (id === 'x' ? undefined : { publisher: id.toUpperCase(), title: `T ${id}`, date: '2026' });
    expect(numberSources(['b', 'a', 'b'], lookup).map(({ id, number }) => `${number}:${id}`)).toEqual(['1:b', '2:a']);
    expect(() => numberSources(['x'], lookup)).toThrow('unknown source id "x"');
  });

  it('finds citing elements in reading order with their attributes, not examples of them in code', () => {
    const text =
      '---\ntitle: T\n---\nA <Cite s="a b" /> then `<Cite s="x" />`\n\n<ComparisonTable category="data" ids={rows} />\n\n<Aside>and <Cite s={\'c\'}/></Aside>';
    expect(scanChapter('content/guide/t.mdx', text).elements).toEqual([
      { name: 'Cite', attributes: { s: 'a b' }, line: 4 },
      { name: 'ComparisonTable', attributes: { category: 'data' }, line: 6 },
      { name: 'Aside', attributes: {}, line: 8 },
      { name: 'Cite', attributes: { s: 'c' }, line: 8 },
    ]);
  });
});

describe('sources page groups', () => {
  const source = (title: string, kind: 'article' | 'reference', subject?: 'Django' | 'Flask extensions') => ({
    data: { title, kind, ...(subject ? { subject } : {}) },
  });
  it('puts the articles first, then references by subject, each sorted by title', () => {
    const groups = groupSources([
      source('b ref', 'reference', 'Flask extensions'),
      source('Zeta article', 'article'),
      source('a ref', 'reference', 'Flask extensions'),
      source('Alpha article', 'article'),
      source('D ref', 'reference', 'Django'),
      source('loose', 'reference'),
    ]);
    expect(groups.map(({ heading, items }) => `${heading}: ${items.map((item) => item.data.title).join(', ')}`)).toEqual([
      'The five compared articles: Alpha article, Zeta article',
      'Django: D ref',
      'Flask extensions: a ref, b ref',
      'Other references: loose',
    ]);
    expect(groups[2]?.id).toBe('flask-extensions');
  });
});

describe('share images', () => {
  it('names an image by what it shows', () => {
    expect(shareImagePath('A', 'B')).toMatch(/^\/og\/[0-9a-f]{16}\.png$/);
    expect(shareImagePath('A', 'B')).toBe(shareImagePath('A', 'B'));
    expect(shareImagePath('A', 'B')).not.toBe(shareImagePath('A', 'C'));
  });
  it('shows a section under its chapter, and says so in words', () => {
    expect(shareImageLines('Routing · The web layer', 'Site')).toEqual({ kicker: 'The web layer', title: 'Routing' });
    expect(shareImageLines('Overview', 'Site')).toEqual({ kicker: 'Site', title: 'Overview' });
    expect(shareImageAlt('Routing · The web layer', 'Site')).toBe('“Routing”, from the chapter “The web layer” of Site');
    expect(shareImageAlt('Overview', 'Site')).toBe('“Overview”, from Site');
  });
});
