/**
 * What the search index receives for one built page: the page itself, cleaned, and one record
 * for every entry the page marks as its own search result (a comparison row, a FAQ entry, a
 * glossary term, a pros-and-cons item). Pure: HTML in, HTML out; src/search/pagefind.ts
 * hands the records to Pagefind and src/search/search-vocabulary.ts counts their words.
 *
 * The served pages are not changed: everything here shapes only the index copy.
 */
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { matchingSynonyms, type Synonym } from './search-synonyms.ts';
import { READER_TERMS_FIELD, RECORD_ATTRIBUTE } from './search.ts';
import { FRAMEWORK_NAMES } from '../site/vocabulary.ts';

export interface SearchRecord {
  /** The result's URL: the page, or the page and the entry's fragment. */
  url: string;
  /** A document for Pagefind to index (its data-pagefind-body is the record). */
  html: string;
  /** The words Pagefind indexes for the record, as plain text, for the vocabulary. */
  text: string;
}

/** Punctuation that closes onto the word before it. */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]]/;

/** Elements whose text Pagefind would otherwise run into the next element's text. */
const FIELD_ELEMENTS = 'dt, dd, th, td, li, caption, figcaption, summary';

const isElement = (node: Node | null | undefined): node is HTMLElement => node instanceof HTMLElement;
const isText = (node: Node | null | undefined): node is TextNode => node instanceof TextNode;

function siblings(node: Node): { previous: Node | undefined; next: Node | undefined } {
  const list = node.parentNode?.childNodes ?? [];
  const index = list.indexOf(node);
  return { previous: list[index - 1], next: list[index + 1] };
}

/**
 * Removes an element that search skips, and the space it leaves before punctuation: "the front
 * end <cite>." would be indexed, and shown in excerpts, as "the front end ."
 */
function removeKeepingPunctuation(element: HTMLElement): void {
  const { previous, next } = siblings(element);
  element.remove();
  if (isText(previous) && isText(next) && CLOSING_PUNCTUATION.test(next.rawText)) {
    previous.rawText = previous.rawText.replace(/\s+$/, '');
  }
}

/**
 * Left out of the index inside indexed content, besides elements marked data-pagefind-ignore
 * (also given to Pagefind itself: src/search/pagefind.ts). Code blocks: their identifiers would
 * answer prose queries ("login" in every view of the code chapter), their text makes poor
 * excerpts, and they would add a good share of the bytes a search downloads. Inline code stays.
 * Citation markers (src/guide/Cite.astro): their numbers name sources, not the topic of the
 * sentence; listed here rather than marked on each of a chapter's hundred markers. Copy-link
 * controls (src/share/CopyLink.astro), beside every heading: a "#" is no content either.
 */
export const SEARCH_EXCLUDED = ['pre', '.cite', 'copy-link'];

/**
 * Prepares indexed content: drops what search skips (ignored elements that declare no filters or
 * metadata, and code blocks), mending the punctuation they leave, and separates fields that
 * would run together ("PublisherFlask-Admin project" on /sources/): a term and its description
 * become "Publisher: Flask-Admin project".
 */
export function cleanIndexedContent(body: HTMLElement): void {
  for (const element of body.querySelectorAll(['[data-pagefind-ignore]', ...SEARCH_EXCLUDED].join(', '))) {
    const declares = element.querySelector('[data-pagefind-filter], [data-pagefind-meta]');
    if (!declares && !element.hasAttribute('data-pagefind-filter') && !element.hasAttribute('data-pagefind-meta')) {
      removeKeepingPunctuation(element);
    }
  }
  for (const element of body.querySelectorAll(FIELD_ELEMENTS)) {
    const text = element.textContent.trim();
    if (!text) continue;
    const separator = element.tagName === 'DT' && !/[:?]$/.test(text) ? ': ' : ' ';
    element.appendChild(new TextNode(separator, element));
  }
}

/** Elements that end a run of text: their text never joins the next element's. */
const BLOCK_ELEMENTS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/**
 * The text Pagefind indexes in an element: everything except what it is told to ignore, inline
 * elements joined as written ("<em>Dj</em>ango" is one word), blocks apart.
 */
export function indexedText(element: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (isText(node)) parts.push(node.text);
    else if (isElement(node) && !node.hasAttribute('data-pagefind-ignore')) {
      const block = BLOCK_ELEMENTS.has(node.tagName);
      if (block) parts.push(' ');
      node.childNodes.forEach(walk);
      if (block) parts.push(' ');
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Headings and explicit titles of a record: where its topic is named. */
function namedTopics(element: HTMLElement): string[] {
  const meta = element.getAttribute('data-pagefind-meta') ?? '';
  const title = meta.startsWith('title:') ? [meta.slice('title:'.length)] : [];
  return [...title, ...element.querySelectorAll('h1, h2, h3, h4, [data-pagefind-meta^="title:"]').map((h) => h.textContent)];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An empty element declaring readers' words for a record, when any apply (see synonyms). */
function readerTermsElement(topics: readonly string[], synonyms: readonly Synonym[], used?: Set<string>): string {
  const terms = matchingSynonyms(topics, synonyms, used);
  return terms.length > 0 ? `<span data-pagefind-meta="${READER_TERMS_FIELD}:${escapeAttribute(terms.join(' '))}"></span>` : '';
}

/** The attribute that carries readers' words into a section (indexed as text there, never shown). */
const SECTION_TERMS_ATTRIBUTE = 'data-reader-terms';

/**
 * Readers' words also go into the section devoted to the topic: right after the first heading of
 * the highest level (an h2 before any h3) that names an entry's `means`, in an attribute Pagefind
 * indexes as that section's text (data-pagefind-index-attrs). As page metadata alone they find
 * the page but no section of it, so "docker" would land on the top of the deployment chapter
 * instead of its section on containers.
 */
function sectionReaderTerms(body: HTMLElement, synonyms: readonly Synonym[]): void {
  const headings = body.querySelectorAll('h2[id], h3[id]');
  for (const synonym of synonyms) {
    const names = (heading: HTMLElement) => matchingSynonyms([heading.textContent], [synonym]).length > 0;
    const devoted = headings.find((heading) => heading.tagName === 'H2' && names(heading)) ?? headings.find(names);
    devoted?.insertAdjacentHTML(
      'afterend',
      `<span data-pagefind-index-attrs="${SECTION_TERMS_ATTRIBUTE}" ${SECTION_TERMS_ATTRIBUTE}="${escapeAttribute(synonym.terms.join(' '))}"></span>`,
    );
  }
}

/**
 * A table row as a record reads as a sentence per field: a framework's cell is prefixed with its
 * column heading ("Django: Built-in admin"), so an excerpt says which side is which. Other
 * columns keep their text unlabelled: "Edge: Depends Notes and sources:" in an excerpt is noise.
 * Cells are matched to headings by their data-label where they have one (a cell search leaves
 * out, such as the edge, shifts the rest), else by position.
 */
function labelCells(row: HTMLElement): void {
  const headings =
    row
      .closest('table')
      ?.querySelectorAll('thead th')
      .map((th) => th.textContent.trim()) ?? [];
  const frameworks: readonly string[] = Object.values(FRAMEWORK_NAMES);
  row.querySelectorAll(':scope > td').forEach((cell, index) => {
    const heading = cell.getAttribute('data-label') ?? headings[index + 1];
    if (heading && frameworks.includes(heading)) cell.insertAdjacentHTML('afterbegin', `${escapeAttribute(heading)}: `);
  });
}

function recordDocument(content: string, carried: string): string {
  return `<!doctype html><html lang="en"><body><div data-pagefind-body>${carried}${content}</div></body></html>`;
}

/**
 * The records of one built page (see RECORD_ATTRIBUTE), or none when the page is not indexed
 * (it has no data-pagefind-body). `url` is the page's path, e.g. "/compare/"; the ids of the
 * synonyms that applied are added to `used`.
 */
export function searchRecords(url: string, html: string, synonyms: readonly Synonym[], used?: Set<string>): SearchRecord[] {
  // Most written pages (share cards, redirects) index nothing: no need to parse them.
  if (!html.includes('data-pagefind-body')) return [];
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return [];
  cleanIndexedContent(body);

  // The page's kind filter (Chapter, FAQ, …) applies to its entries too.
  const carried = body
    .querySelectorAll('[data-pagefind-filter^="kind:"]')
    .map((element) => `<span data-pagefind-filter="${escapeAttribute(element.getAttribute('data-pagefind-filter') ?? '')}"></span>`)
    .join('');

  const records: SearchRecord[] = [];
  for (const entry of body.querySelectorAll(`[${RECORD_ATTRIBUTE}]`)) {
    const anchor = entry.getAttribute(RECORD_ATTRIBUTE) ?? '';
    if (entry.tagName === 'TR') labelCells(entry);
    entry.remove();
    entry.removeAttribute(RECORD_ATTRIBUTE);
    // A row is indexed outside its table: its cells become plain blocks.
    const content = entry.tagName === 'TR' ? rowAsBlocks(entry) : entry;
    // Ids inside would make sub-results of the record pointing at "#row-x#row-x".
    for (const element of [content, ...content.querySelectorAll('[id]')]) element.removeAttribute('id');
    const extra = readerTermsElement(namedTopics(entry), synonyms, used);
    records.push({ url: `${url}#${anchor}`, html: recordDocument(content.outerHTML, carried + extra), text: indexedText(content) });
  }

  sectionReaderTerms(body, synonyms);
  body.insertAdjacentHTML('beforeend', readerTermsElement(namedTopics(body), synonyms, used));
  records.unshift({ url, html: root.toString(), text: indexedText(body) });
  return records;
}

/** A table row as blocks, for indexing outside its table: each cell a paragraph. */
function rowAsBlocks(row: HTMLElement): HTMLElement {
  const block = parse('<div></div>').firstChild as HTMLElement;
  for (const [name, value] of Object.entries(row.attributes)) block.setAttribute(name, value);
  for (const cell of row.querySelectorAll(':scope > th, :scope > td')) block.insertAdjacentHTML('beforeend', `<p>${cell.innerHTML}</p>`);
  return block;
}
