/**
 * Site search, the pure parts: the options Pagefind runs with, the filter vocabulary pages
 * declare to it, the keyboard shortcuts, what is searched for (queries, filters), which sections
 * are listed under a result, what is highlighted on arrival, and the /search/ page's URL state.
 * No DOM here: the search scripts beside it and the relevance tests share these.
 */

import { HIGHLIGHT_PARAM } from './search-param.ts';
import { FRAMEWORK_NAMES, type Framework } from '../site/vocabulary.ts';

export { HIGHLIGHT_PARAM };

/**
 * On an element inside data-pagefind-body: this element is a search result of its own, landing
 * on `#<value>` of its page. Its title comes from a `data-pagefind-meta="title:…"` on the same
 * element; other filters and metadata on it apply to the record, and the page's `kind` filter
 * carries over. The page's own record no longer contains it, so it is found once.
 */
export const RECORD_ATTRIBUTE = 'data-search-record';

/** The metadata field that carries readers' words for a record (content/synonyms.yaml). */
export const READER_TERMS_FIELD = 'readerterms';

/**
 * Options Pagefind runs with, in the search UI and in the relevance tests alike. The index holds
 * long chapters beside short records (a comparison row, a FAQ entry), so matches in metadata
 * decide more than Pagefind's defaults let them, and length less: a chapter's section headings
 * (`sections`) and readers' terms (content/synonyms.yaml) weigh more than a title, which a short
 * record's text repeats anyway; pageLength 0.3 (default 0.75) stops every short record that
 * mentions a word from outranking the chapter about it. Tuned against the relevance suite.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  ranking: { pageLength: 0.3, metaWeights: { title: 3, sections: 5, [READER_TERMS_FIELD]: 5 } },
} as const;

/** The site's vocabulary for "did you mean" (src/search/search-vocabulary.ts), in dist/ and on the site. */
export const VOCABULARY_PATH = 'search-vocabulary.txt';

/**
 * The values of the "kind" filter. Every indexed page and record has one, so the counts beside
 * the filter add up to the number of results; "Page" is the home page, /decide/ and /sources/.
 */
export const KINDS = ['Chapter', 'FAQ', 'Glossary', 'Comparison', 'Page'] as const;
export type Kind = (typeof KINDS)[number];

/** The values of the "framework" filter: material about one framework, or comparing both. */
export const FRAMEWORK_VALUES = [FRAMEWORK_NAMES.django, FRAMEWORK_NAMES.flask, 'Both'] as const;
export type FrameworkValue = (typeof FRAMEWORK_VALUES)[number];

export const FILTERS = { kind: KINDS, framework: FRAMEWORK_VALUES } as const;
export type FilterName = keyof typeof FILTERS;
export type FilterSelection = Partial<Record<FilterName, string[]>>;

/** Chapters that are reference lists rather than prose get their own kind. */
const CHAPTER_KINDS: Readonly<Record<string, Kind>> = { faq: 'FAQ', glossary: 'Glossary' };

/** The search "kind" of the chapter with this id. */
export function chapterKind(id: string): Kind {
  return CHAPTER_KINDS[id] ?? 'Chapter';
}

/**
 * Which framework a piece of text (a FAQ entry, a glossary term) is about: the one it names, or
 * "Both" when it names both or neither (generic terms such as "ORM" concern either framework).
 */
export function frameworkOf(text: string): FrameworkValue {
  const django = /\bdjango\b/i.test(text);
  const flask = /\bflask\b/i.test(text);
  if (django && !flask) return 'Django';
  if (flask && !django) return 'Flask';
  return 'Both';
}

/** The filter value for a framework id of the content schemas. */
export function frameworkValue(framework: Framework): FrameworkValue {
  return FRAMEWORK_NAMES[framework];
}

/**
 * A page's framework values, each once and in a fixed order: Pagefind counts a value as often as
 * a page declares it, so repeats would inflate the counts shown next to the filters.
 */
export function distinctFrameworks(values: readonly FrameworkValue[]): FrameworkValue[] {
  return FRAMEWORK_VALUES.filter((value) => values.includes(value));
}

// The search shortcuts live in search-shortcut.ts: every page loads them, so they stand alone.
export { isSearchShortcut, type ShortcutKeys } from './search-shortcut.ts';

/** Longer queries are cut: nobody types more, and Pagefind's cost grows with the words. */
export const MAX_QUERY_LENGTH = 200;

/** Cleans a query taken from a URL or an input: plain text, one line, bounded length. */
export function cleanQuery(raw: string): string {
  return (
    raw
      // Control characters (including newlines and tabs) become spaces.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
  );
}

/**
 * Words that carry no topic in a reader's question ("which is faster", "what is a blueprint").
 * Pagefind requires every query word on a page and has no stop words of its own, so left in,
 * they would rule out the very section that answers the question.
 */
const STOP_WORDS = new Set(
  (
    'a an and are be between can could do does for from how i in is it its me my of on or should the their them ' +
    'there these they this to vs versus was we what when where which who why will with would you your'
  ).split(' '),
);

/**
 * How readers open a question about combining tools ("can I use Celery with Django", "how do I
 * use HTMX with Flask"): the verb carries no topic there, but alone "use" is one ("use cases").
 */
const QUESTION_OPENING = /^(?:(?:can|could|should|how (?:do|can|should)) (?:i|we|you) |how to )(?:use|add|run|integrate) /i;

/**
 * The words of a query that Pagefind should search for: the query without its question opening
 * and stop words. A quoted phrase is left as typed, and so is a query of stop words only (the
 * reader meant those words).
 */
export function searchTerms(query: string): string {
  const cleaned = cleanQuery(query);
  if (cleaned.includes('"')) return cleaned;
  const words = cleaned
    .replace(QUESTION_OPENING, '')
    .split(' ')
    .filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return words.length > 0 ? words.join(' ') : cleaned;
}

/**
 * Filters as Pagefind takes them: a page must match every filter, but any one of the values
 * ticked within a filter (Pagefind's default would require all of them, so ticking FAQ and
 * Glossary would find nothing).
 */
export function pagefindFilters(selection: Readonly<Record<string, readonly string[]>>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(selection)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: [...values] }]),
  );
}

/** How many sections the search UI lists under a result. */
export const SHOWN_SECTIONS = 3;

/** The parts of a Pagefind sub-result (a section of a page) that rank it. */
export interface SectionMatch {
  url: string;
  weighted_locations?: { balanced_score: number }[];
}

/** The parts of a Pagefind result that rankSections reads. */
export interface PageMatch<S extends SectionMatch> {
  url: string;
  sub_results?: S[];
}

/**
 * The sections to list under a result, best first: every sub-result except the page itself,
 * ranked by the sum of its matches' scores (Pagefind weights a match in a heading well above one
 * in body text), so the section about the topic comes before sections that mention it more often.
 * Pagefind's UI instead keeps the sections with the most matches, in page order.
 */
export function rankSections<S extends SectionMatch>(result: PageMatch<S>, limit: number): S[] {
  const score = (section: S) => (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  const sections = (result.sub_results ?? []).filter((section) => section.url !== result.url);
  return sections
    .map((section, index) => ({ section, index, score: score(section) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ section }) => section);
}

/**
 * What to mark on a page reached from a search result, given the words Pagefind put in the
 * highlight parameters: each word where a word starts with it, as Pagefind matches ("orm" in
 * "ORMs", not in "normally"). Punctuation around a word is dropped; null when nothing is left.
 */
export function highlightPattern(words: readonly string[]): RegExp | null {
  const terms = words
    .join(' ')
    .slice(0, MAX_QUERY_LENGTH)
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (terms.length === 0) return null;
  // Longest first, so that "flask-login" wins over "flask" where both match.
  const alternatives = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
}

export interface SearchState {
  query: string;
  filters: FilterSelection;
}

/**
 * Reads the /search/ page's state from a query string such as `?q=orm&kind=FAQ`. The query is
 * kept as text; filter values are kept only when they are known ones, anything else is dropped.
 */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const name of Object.keys(FILTERS) as FilterName[]) {
    const allowed: readonly string[] = FILTERS[name];
    const values = [...new Set(params.getAll(name).filter((value) => allowed.includes(value)))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters };
}

/** The /search/ URL (path and query string) that reproduces a search. */
export function searchPageUrl({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  const cleaned = cleanQuery(query);
  if (cleaned) params.set('q', cleaned);
  for (const name of Object.keys(FILTERS) as FilterName[]) {
    const allowed: readonly string[] = FILTERS[name];
    for (const value of filters[name] ?? []) if (allowed.includes(value)) params.append(name, value);
  }
  const queryString = params.toString();
  return queryString ? `/search/?${queryString}` : '/search/';
}

/**
 * How many of the top results are checked for one that names the query exactly. The search UI
 * fetches these results' data (a chapter's is its whole text) and shows them first.
 */
export const PROMOTED_WITHIN = 5;

/** The parts of a Pagefind result's data that promoteNamedResults reads. */
export interface TitledMatch {
  meta?: { title?: string };
  sub_results?: { title?: string }[];
}

/** The topic words of a title or query: lower-case, without stop words and punctuation. */
function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}

const sameWords = (text: string, query: string) => topicWords(text).sort().join(' ') === query;

/**
 * How exactly a result names the query: 2 when its own title is the query (a comparison row, a
 * FAQ question, a glossary term, a chapter), 1 when one of its sections' headings is, else 0.
 */
export function namesQuery(data: TitledMatch, terms: string): 0 | 1 | 2 {
  const query = topicWords(terms).sort().join(' ');
  if (!query) return 0;
  if (sameWords(data.meta?.title ?? '', query)) return 2;
  return (data.sub_results ?? []).some((section) => sameWords(section.title ?? '', query)) ? 1 : 0;
}

/**
 * Among the first few results, moves those that name the query exactly ahead of the others:
 * first a result titled with the query ("Caching" finds the comparison row "Caching"), then one
 * with a section headed with it ("csrf" finds the Security chapter's "CSRF" section), keeping
 * Pagefind's order within each group. Pagefind scores a heading that merely contains the word
 * ("CSRF and security defaults", "A form with validation and CSRF") like one that is the topic
 * itself, and short records above long chapters, so the section about exactly the query could
 * otherwise come after several that only mention it.
 */
export function promoteNamedResults<T>(results: readonly T[], data: readonly TitledMatch[], terms: string): T[] {
  const checked = results.slice(0, data.length).map((result, index) => ({ result, rank: namesQuery(data[index] ?? {}, terms) }));
  checked.sort((a, b) => b.rank - a.rank); // stable: Pagefind's order within a rank
  return [...checked.map(({ result }) => result), ...results.slice(data.length)];
}

/** Fewer results than this, and a query's misspelt words (if any) are corrected. */
export const FEW_RESULTS = 3;

/**
 * Whether a search should look for misspellings: it found few results, or its best result lacks
 * a typed word (Pagefind, finding no word that starts with a term, quietly searches for the
 * longest indexed word the term starts with: "sql" for "sqlalchmey").
 */
export function needsCorrection(count: number, typedFound: boolean): boolean {
  return count < FEW_RESULTS || !typedFound;
}
