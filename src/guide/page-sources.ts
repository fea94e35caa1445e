/**
 * Which sources a page cites, numbered for its citation markers and its "Sources" list. A page
 * computes this before it renders (a chapter in its route data, route-data.ts) and hands it to
 * every <Cite> through Astro.locals, so the numbers do not depend on the order in which Astro
 * happens to render components.
 */
import type { ChapterElement } from '../content/chapter-scan';
import { numberSources, parseSourceIds, type NumberedSource } from '../content/citations';
import { dataCollection, inFileOrder } from '../content/ordered';

/** What a page's <Cite> markers need: the numbered sources and where the list of them is. */
export interface PageCitations {
  sources: ReadonlyMap<string, NumberedSource>;
  /** Fragment of the page's list of sources, e.g. "chapter-sources". */
  listId: string;
}

/** The data components that cite, and the source ids their rows cite, in the order they show them. */
const COMPONENT_SOURCES: Record<string, (attributes: Record<string, string>) => Promise<string[]>> = {
  // A chapter's table leaves the notes, and so their sources, to /compare/ (ComparisonTable.astro).
  ComparisonTable: async () => [],
  ProsCons: async () => (await inFileOrder('proscons')).flatMap((item) => item.data.sources),
  FaqList: async () => (await inFileOrder('faq')).flatMap((entry) => entry.data.sources),
  GlossaryList: async () =>
    (await dataCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')).flatMap((term) => term.data.sources),
};

/**
 * Source ids a chapter cites in reading order: its own <Cite>s and the rows of embedded tables
 * and lists. `elements` are the chapter's JSX elements as the Markdown pipeline recorded them.
 */
export async function chapterSourceIds(elements: readonly ChapterElement[]): Promise<string[]> {
  const lists = await Promise.all(
    elements.map(({ name, attributes }) =>
      name === 'Cite' ? parseSourceIds(attributes['s'] ?? '') : (COMPONENT_SOURCES[name]?.(attributes) ?? Promise.resolve([])),
    ),
  );
  return lists.flat();
}

/** Numbers the given source ids (first citation first) as a page's citations. */
export async function pageCitations(ids: readonly string[], listId: string): Promise<PageCitations> {
  const byId = new Map((await dataCollection('sources')).map((entry) => [entry.id, entry.data]));
  const numbered = numberSources(ids, (id) => byId.get(id));
  return { sources: new Map(numbered.map((source) => [source.id, source])), listId };
}
