import { describe, expect, it } from 'vitest';
import {
  chapterKind,
  cleanQuery,
  distinctFrameworks,
  frameworkOf,
  frameworkValue,
  highlightPattern,
  isSearchShortcut,
  MAX_QUERY_LENGTH,
  namesQuery,
  pagefindFilters,
  parseSearchParams,
  promoteNamedResults,
  rankSections,
  searchPageUrl,
  searchTerms,
} from '../../src/search/search';
import { usesComponent } from '../../src/checks/content-integrity';

describe('search filters', () => {
  it('gives the FAQ and glossary chapters their own kind', () => {
    expect(chapterKind('faq')).toBe('FAQ');
    expect(chapterKind('glossary')).toBe('Glossary');
    expect(chapterKind('data-layer')).toBe('Chapter');
  });
  it('tells which framework a text is about by the names it uses', () => {
    expect(frameworkOf('Werkzeug is the WSGI toolkit under Flask.')).toBe('Flask');
    expect(frameworkOf("Django's admin site")).toBe('Django');
    expect(frameworkOf('Django and Flask both support WSGI.')).toBe('Both');
    expect(frameworkOf('An ORM maps tables to classes.')).toBe('Both');
    // Whole words only: "Flask-Login" names Flask, "flasks" or "djangonaut" do not count as names.
    expect(frameworkOf('Flask-Login keeps the user in the session.')).toBe('Flask');
    expect(frameworkOf('laboratory flasks and djangonauts')).toBe('Both');
  });
  it('maps schema framework ids to filter values', () => {
    expect([frameworkValue('django'), frameworkValue('flask')]).toEqual(['Django', 'Flask']);
  });
  it('lists each framework value once, in a fixed order', () => {
    expect(distinctFrameworks(['Flask', 'Both', 'Flask', 'Django', 'Both'])).toEqual(['Django', 'Flask', 'Both']);
  });
  it('finds the list components an MDX body renders', () => {
    expect(usesComponent('Intro.\n\n<FaqList />\n', 'FaqList')).toBe(true);
    expect(usesComponent('<GlossaryList/>', 'GlossaryList')).toBe(true);
    expect(usesComponent('<FaqListing />', 'FaqList')).toBe(false);
    expect(usesComponent('The FaqList component', 'FaqList')).toBe(false);
  });
  it('combines ticked values of one filter with "any" and drops empty filters', () => {
    expect(pagefindFilters({ kind: ['FAQ', 'Glossary'], framework: [] })).toEqual({ kind: { any: ['FAQ', 'Glossary'] } });
    expect(pagefindFilters({})).toEqual({});
  });
});

describe('search shortcuts', () => {
  const keys = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
  });
  it('opens on "/" unless the reader is typing', () => {
    expect(isSearchShortcut(keys('/'), false)).toBe(true);
    expect(isSearchShortcut(keys('/'), true)).toBe(false);
  });
  it('opens on Ctrl+K and Cmd+K, even in a field', () => {
    expect(isSearchShortcut(keys('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(keys('K', { metaKey: true }), true)).toBe(true);
  });
  it('ignores other keys and combinations', () => {
    expect(isSearchShortcut(keys('k'), false)).toBe(false);
    expect(isSearchShortcut(keys('k', { ctrlKey: true, metaKey: true }), false)).toBe(false);
    expect(isSearchShortcut(keys('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(keys('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(keys('s'), false)).toBe(false);
  });
});

describe('search queries', () => {
  it('keeps a query as one line of plain text of bounded length', () => {
    expect(cleanQuery('  django\n\tadmin\u0000 ')).toBe('django admin');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(cleanQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
  it('drops stop words before searching, unless nothing would be left or the query is quoted', () => {
    expect(searchTerms('Which is faster?')).toBe('faster?');
    expect(searchTerms('what is a blueprint')).toBe('blueprint');
    expect(searchTerms('migrate from Flask to Django')).toBe('migrate Flask Django');
    expect(searchTerms('which')).toBe('which');
    expect(searchTerms('"what is a blueprint"')).toBe('"what is a blueprint"');
  });
  it('drops the opening of a question about combining tools, but not "use" as a topic', () => {
    expect(searchTerms('can I use Celery with Django')).toBe('Celery Django');
    expect(searchTerms('how do I add HTMX to Flask')).toBe('HTMX Flask');
    expect(searchTerms('how to use blueprints')).toBe('blueprints');
    expect(searchTerms('use cases')).toBe('use cases');
  });
});

describe('search page URL', () => {
  it('reads the query and known filter values', () => {
    expect(parseSearchParams('?q=orm&kind=FAQ&kind=Glossary&framework=Flask')).toEqual({
      query: 'orm',
      filters: { kind: ['FAQ', 'Glossary'], framework: ['Flask'] },
    });
  });
  it('drops unknown filter values and parameters, and repeated values', () => {
    expect(parseSearchParams('?kind=FAQ&kind=FAQ&kind=faq&kind=<b>&framework=&sort=x&__proto__=1')).toEqual({
      query: '',
      filters: { kind: ['FAQ'] },
    });
  });
  it('keeps a hostile query as text', () => {
    const query = '"><script>alert(1)</script>';
    expect(parseSearchParams(`?q=${encodeURIComponent(query)}`).query).toBe(query);
    // A malformed escape does not throw; it reads as a replacement character.
    expect(parseSearchParams('?q=%E0%A4%A').query).toBe('\uFFFD%A');
  });
  it('writes a URL that reads back to the same search', () => {
    const state = { query: 'flask & django?', filters: { kind: ['FAQ'], framework: ['Both', 'nope'] } };
    const url = searchPageUrl(state);
    expect(url).toBe('/search/?q=flask+%26+django%3F&kind=FAQ&framework=Both');
    expect(parseSearchParams(new URL(url, 'https://example.org').search)).toEqual({
      query: 'flask & django?',
      filters: { kind: ['FAQ'], framework: ['Both'] },
    });
    expect(searchPageUrl({ query: '  ', filters: {} })).toBe('/search/');
  });
});

describe('rankSections', () => {
  const section = (url: string, ...scores: number[]) => ({ url, weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });
  it('lists the best-scoring sections first, leaves out the page itself and keeps the limit', () => {
    const result = {
      url: '/guide/x/',
      sub_results: [section('/guide/x/', 50), section('/guide/x/#a', 1, 1, 1), section('/guide/x/#b', 40), section('/guide/x/#c', 2)],
    };
    expect(rankSections(result, 2).map((s) => s.url)).toEqual(['/guide/x/#b', '/guide/x/#a']);
  });
  it('keeps page order between equal scores and copes with missing data', () => {
    const result = { url: '/p/', sub_results: [section('/p/#a', 3), section('/p/#b', 3), { url: '/p/#c' }] };
    expect(rankSections(result, 3).map((s) => s.url)).toEqual(['/p/#a', '/p/#b', '/p/#c']);
    expect(rankSections({ url: '/p/' }, 3)).toEqual([]);
  });
});

describe('highlightPattern', () => {
  const marked = (words: string[], text: string) => text.match(highlightPattern(words) ?? /$^/g) ?? [];
  it('marks searched words where words start, as Pagefind matches them', () => {
    expect(marked(['orm'], 'The ORM and ORMs, normally.')).toEqual(['ORM', 'ORM']);
    expect(marked(['faster?'], 'Is Django faster?')).toEqual(['faster']);
  });
  it('prefers the longest word and treats everything as text', () => {
    expect(marked(['flask', 'flask-login'], 'Flask-Login for Flask')).toEqual(['Flask-Login', 'Flask']);
    expect(marked(['a.b(c)'], 'axb a.b(c)')).toEqual(['a.b(c']); // the dot is no wildcard
    expect(marked(['<img', 'src=x', 'onerror=alert(1)>'], '<img src=x onerror=alert(1)>')).toEqual(['img', 'src=x', 'onerror=alert(1']);
  });
  it('gives nothing to mark for empty or punctuation-only words', () => {
    expect(highlightPattern([])).toBeNull();
    expect(highlightPattern([' ', '?!', '"'])).toBeNull();
  });
});

describe('results that name the query exactly', () => {
  const row = { meta: { title: 'Caching' }, sub_results: [] };
  const chapter = { meta: { title: 'Authentication and security' }, sub_results: [{ title: 'CSRF' }, { title: 'XSS' }] };
  const glossary = { meta: { title: 'CSRF (Cross-site request forgery)' }, sub_results: [] };
  const mention = { meta: { title: 'CSRF and security defaults' }, sub_results: [] };

  it('ranks a title that is the query above a section heading that is, above the rest', () => {
    expect(namesQuery(row, 'caching')).toBe(2);
    expect(namesQuery(chapter, 'csrf')).toBe(1);
    expect(namesQuery(glossary, 'csrf')).toBe(0);
    expect(namesQuery(mention, 'CSRF')).toBe(0);
    // Stop words and word order do not matter; an empty query names nothing.
    expect(namesQuery({ meta: { title: 'The admin' } }, 'admin')).toBe(2);
    expect(namesQuery({ meta: { title: 'Type hints' } }, 'hints type')).toBe(2);
    expect(namesQuery(row, 'the')).toBe(0);
  });
  it('moves them ahead among the results checked, keeping the order within each rank and after', () => {
    const results = ['glossary', 'mention', 'chapter', 'later'];
    expect(promoteNamedResults(results, [glossary, mention, chapter], 'csrf')).toEqual(['chapter', 'glossary', 'mention', 'later']);
    expect(promoteNamedResults(results, [glossary, mention], 'csrf')).toEqual(results);
  });
});
