import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, isKnown, searchOutcome } from '../../src/search/search-correction';
import { needsCorrection } from '../../src/search/search';
import { buildVocabulary, parseVocabulary, serializeVocabulary, wordsOf } from '../../src/search/search-vocabulary';

const vocabulary = new Map([
  ['django', 1100],
  ['flask', 1200],
  ['flags', 3],
  ['celery', 40],
  ['sqlalchemy', 60],
  ['admin', 120],
  ['migrations', 50],
  ['form', 30],
  ['from', 250],
]);

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit, like an insertion, deletion or substitution', () => {
    expect(editDistance('djnago', 'django')).toBe(1);
    expect(editDistance('flaks', 'flask')).toBe(1);
    expect(editDistance('celry', 'celery')).toBe(1);
    expect(editDistance('flsk', 'flask')).toBe(1);
    expect(editDistance('flask', 'flasl')).toBe(1);
    expect(editDistance('flask', 'flask')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops early, past the largest distance asked for', () => {
    expect(editDistance('django', 'werkzeug', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('correcting a word', () => {
  it("corrects readers' misspellings to the site's word", () => {
    for (const [typed, meant] of [
      ['djnago', 'django'],
      ['flaks', 'flask'],
      ['celry', 'celery'],
      ['sqlalchmey', 'sqlalchemy'],
      ['Djnago', 'django'],
    ]) {
      expect(correctWord(typed!, vocabulary), typed).toEqual({ word: meant, clear: true });
    }
  });
  it('leaves words Pagefind finds alone, whole or as the start of a site word', () => {
    expect(correctWord('django', vocabulary)).toBeNull();
    expect(correctWord('migrat', vocabulary)).toBeNull();
    expect(isKnown('sqlalch', vocabulary)).toBe(true);
    expect(isKnown('sqlalchmey', vocabulary)).toBe(false);
  });
  it('leaves short words, numbers and words with nothing near alone', () => {
    expect(correctWord('dj', vocabulary)).toBeNull();
    expect(correctWord('3000', vocabulary)).toBeNull();
    expect(correctWord('zzzqqq', vocabulary)).toBeNull();
  });
  it('prefers the nearest word, then the more frequent of equally near ones', () => {
    // "fromm" is one edit from "from" and two from "form".
    expect(correctWord('fromm', vocabulary)?.word).toBe('from');
    // "viws" is one edit from both; "views" is far more frequent, so the choice is clear.
    expect(
      correctWord(
        'viws',
        new Map([
          ['views', 90],
          ['vies', 2],
        ]),
      ),
    ).toEqual({ word: 'views', clear: true });
  });
  it('is unsure when equally near words are about as frequent', () => {
    expect(
      correctWord(
        'cachd',
        new Map([
          ['cache', 10],
          ['cached', 9],
        ]),
      ),
    ).toEqual({ word: 'cache', clear: false });
  });
});

describe('correcting a query', () => {
  it('replaces only the misspelt words and keeps the order', () => {
    expect(correctQuery('djnago admin', vocabulary)).toEqual({ query: 'django admin', clear: true });
    expect(correctQuery('flaks celry', vocabulary)).toEqual({ query: 'flask celery', clear: true });
  });
  it('is unclear when any replacement is', () => {
    const even = new Map([...vocabulary, ['cache', 10], ['cached', 9]]);
    expect(correctQuery('djnago cachd', even)).toEqual({ query: 'django cache', clear: false });
  });
  it('returns nothing when no word changes, and leaves quoted phrases alone', () => {
    expect(correctQuery('django admin', vocabulary)).toBeNull();
    expect(correctQuery('zzzqqq', vocabulary)).toBeNull();
    expect(correctQuery('"djnago admin"', vocabulary)).toBeNull();
  });
});

describe('the vocabulary', () => {
  it('counts lower-case words of three letters or more that contain a letter', () => {
    expect(wordsOf('Django 6.0 and Flask-Login: an ORM, v2 2026')).toEqual(['django', 'and', 'flask', 'login', 'orm']);
  });
  it('counts every occurrence, and readers’ terms once when the text lacks them', () => {
    const counted = buildVocabulary(['Django and Flask', 'Flask again'], ['admin panel', 'flask']);
    expect(Object.fromEntries(counted)).toEqual({ django: 1, and: 1, flask: 2, again: 1, admin: 1, panel: 1 });
  });
  it('survives the trip through its file, most frequent first', () => {
    const text = serializeVocabulary(vocabulary);
    expect(text.split('\n')[0]).toBe('1200 flask');
    expect(parseVocabulary(text)).toEqual(vocabulary);
  });
  it('skips lines that are not a count and words', () => {
    expect(parseVocabulary('3 one two\nnonsense\n-1 bad\n\n2 three')).toEqual(
      new Map([
        ['one', 3],
        ['two', 3],
        ['three', 2],
      ]),
    );
  });
});

describe('what a search shows', () => {
  const clear = { query: 'django', clear: true };
  const unsure = { query: 'cache', clear: false };

  it('looks for misspellings when few results, or only Pagefind’s fallback, came back', () => {
    expect(needsCorrection(0, false)).toBe(true);
    expect(needsCorrection(2, true)).toBe(true);
    expect(needsCorrection(31, false)).toBe(true); // "sqlalchmey" found "sql"
    expect(needsCorrection(31, true)).toBe(false);
  });
  it('shows a clear correction’s results at once instead of none, or of the fallback’s', () => {
    expect(searchOutcome('djnago', { count: 0, typedFound: false }, clear, 175)).toEqual({
      kind: 'corrected',
      typed: 'djnago',
      query: 'django',
      count: 175,
    });
    expect(searchOutcome('djnago', { count: 31, typedFound: false }, clear, 18)).toEqual({
      kind: 'corrected',
      typed: 'djnago',
      query: 'django',
      count: 18,
    });
  });
  it('offers an unsure correction, or one beside genuine results, when it finds more', () => {
    expect(searchOutcome('cachd', { count: 0, typedFound: false }, unsure, 9)).toEqual({
      kind: 'suggested',
      typed: 'cachd',
      query: 'cache',
      count: 9,
      typedCount: 0,
    });
    expect(searchOutcome('flak', { count: 1, typedFound: true }, clear, 40)).toMatchObject({ kind: 'suggested', typedCount: 1 });
    expect(searchOutcome('flak', { count: 2, typedFound: true }, clear, 2)).toEqual({ kind: 'found' });
  });
  it('says nothing was found when no correction finds anything either', () => {
    expect(searchOutcome('zzzqqq', { count: 0, typedFound: false }, null, 0)).toEqual({ kind: 'empty', typed: 'zzzqqq' });
    expect(searchOutcome('zzzqqq', { count: 0, typedFound: false }, clear, 0)).toEqual({ kind: 'empty', typed: 'zzzqqq' });
  });
});
