/**
 * The guide's changes (src/export/changes.ts) from the facts registry's `history` and the chapters'
 * `changes` front matter, with the pages that show each changed figure: chapters that write
 * <Fact id="…" />, and the pages of the data collections whose entries write {{fact:…}}.
 */
import { getCollection } from 'astro:content';
import { renderChapter } from '../guide/chapter-sections';
import { getChapters } from '../content/chapters';
import { chapterChanges, factChanges, sortChanges, type ChangeEntry, type ChangePage } from './changes';
import { chapterPath } from '../site/site';

/** Data collections that may write {{fact:…}}, and the page that shows each. */
const DATA_PAGES = [
  { collection: 'comparison', page: { title: 'Comparison table', path: '/compare/' } },
  { collection: 'faq', page: { title: 'FAQ', path: chapterPath('faq') } },
  { collection: 'glossary', page: { title: 'Glossary', path: chapterPath('glossary') } },
  { collection: 'proscons', page: { title: 'Pros and cons', path: chapterPath('pros-and-cons') } },
] as const satisfies readonly { collection: string; page: ChangePage }[];

export async function getChanges(): Promise<ChangeEntry[]> {
  const chapters = await getChapters();
  const pagesByFact = new Map<string, ChangePage[]>();
  const addPage = (id: string, page: ChangePage) => {
    const pages = pagesByFact.get(id) ?? [];
    if (!pages.some((known) => known.path === page.path)) pages.push(page);
    pagesByFact.set(id, pages);
  };
  for (const chapter of chapters) {
    // The <Fact> elements the chapter's one walk recorded (src/content/chapter-record.ts).
    for (const { name, attributes } of (await renderChapter(chapter)).elements) {
      if (name === 'Fact' && attributes['id']) addPage(attributes['id'], { title: chapter.data.title, path: chapterPath(chapter.id) });
    }
  }
  for (const { collection, page } of DATA_PAGES) {
    // The loader kept which facts each entry states (its strings hold the {{fact:…}} references).
    for (const { data } of await getCollection(collection)) for (const id of data.factIds) addPage(id, page);
  }
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return sortChanges([
    ...factChanges(
      (await getCollection('facts')).map(({ data }) => data),
      (id) => pagesByFact.get(id) ?? [],
    ),
    ...chapterChanges(
      chapters.map((chapter) => ({
        title: chapter.data.title,
        path: chapterPath(chapter.id),
        changes: chapter.data.changes.map((change) => ({ ...change, date: iso(change.date) })),
      })),
    ),
  ]);
}
