/**
 * The guide's changes (src/export/changes.ts) from the facts registry's `history` and the chapters'
 * `changes` front matter, with the pages that show each changed figure: chapters that write
 * <Fact id="…" />, and the pages of the YAML data that writes {{fact:…}}.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { renderChapter } from '../guide/chapter-sections';
import { getChapters } from '../content/chapters';
import { chapterChanges, factChanges, sortChanges, type ChangeEntry, type ChangePage } from './changes';
import { chapterPath } from '../site/site';

/** YAML data that may write {{fact:…}}, and the page that shows it. */
const DATA_PAGES: readonly { file: string; page: ChangePage }[] = [
  { file: 'content/comparison.yaml', page: { title: 'Comparison table', path: '/compare/' } },
  { file: 'content/faq.yaml', page: { title: 'FAQ', path: chapterPath('faq') } },
  { file: 'content/glossary.yaml', page: { title: 'Glossary', path: chapterPath('glossary') } },
  { file: 'content/proscons.yaml', page: { title: 'Pros and cons', path: chapterPath('pros-and-cons') } },
];

const FACT_REFERENCE = /\{\{\s*fact:([^|}\s]+)/g;

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
  for (const { file, page } of DATA_PAGES) {
    // The collections hold {{fact:…}} already resolved, so which entries refer to
    // a fact is read from the data file itself (the one content read left outside a loader).
    for (const [, id] of readFileSync(`${process.cwd()}/${file}`, 'utf8').matchAll(FACT_REFERENCE)) addPage(id!, page);
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
