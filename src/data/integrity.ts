/**
 * Loads every collection, takes a snapshot of its cross-references and runs the pure checks in
 * src/lib/content-integrity.ts. The base layout awaits this, so any problem fails `astro build`
 * with a message naming the file and field. It runs once per build, however many pages there are.
 */
import { getCollection, render } from 'astro:content';
import { checkContent, embeddedAnchors, type DataEntrySnapshot, type SiteSnapshot } from '../lib/content-integrity';
import { ContentError } from '../lib/content-errors';
import { chapterPath, getChapters } from './chapters';
import { categoryAnchor, faqAnchor, proConAnchor, rowAnchor, termAnchor } from '../lib/anchors';
import { groupByCategory } from '../lib/comparison';
import { FRAMEWORKS } from '../lib/vocabulary';

/** Static pages and the fragment ids they always provide. */
const STATIC_PAGES: Record<string, readonly string[]> = {
  '/': ['main'],
  '/guide/': ['main'],
  '/sources/': ['main'],
  '/compare/': ['main'],
  '/decide/': ['main'],
};

async function takeSnapshot(): Promise<SiteSnapshot> {
  const [chapters, sources, comparison, proscons, faq, glossary, decision] = await Promise.all([
    getChapters(),
    getCollection('sources'),
    getCollection('comparison'),
    getCollection('proscons'),
    getCollection('faq'),
    getCollection('glossary'),
    getCollection('decision'),
  ]);

  const pages = new Map<string, Set<string>>(
    Object.entries(STATIC_PAGES).map(([path, ids]) => [path, new Set(ids)]),
  );
  const sourcesPage = pages.get('/sources/')!;
  for (const source of sources) sourcesPage.add(source.id);
  // The canonical row and category anchors live on /compare/ (see ComparisonTable withAnchors).
  const comparePage = pages.get('/compare/')!;
  for (const { data } of comparison) comparePage.add(rowAnchor(data.id));
  for (const { category } of groupByCategory(comparison.map(({ data }) => data))) comparePage.add(categoryAnchor(category));

  // Anchors rendered by the data components a chapter may embed (see src/components).
  const anchorsByComponent = {
    FaqList: faq.map((entry) => faqAnchor(entry.id)),
    GlossaryList: glossary.map((entry) => termAnchor(entry.id)),
    ProsCons: [
      ...proscons.map(({ data }) => proConAnchor(data.framework, data.kind, data.id)),
      ...FRAMEWORKS.flatMap((framework) => [`${framework}-pros-and-cons`, `${framework}-pros`, `${framework}-cons`]),
    ],
  };

  const chapterSnapshots = await Promise.all(
    chapters.map(async (chapter) => {
      const { headings } = await render(chapter);
      const headingIds = headings.map((heading) => heading.slug);
      const body = chapter.body ?? '';
      pages.set(chapterPath(chapter.id), new Set(['main', ...headingIds, ...embeddedAnchors(body, anchorsByComponent)]));
      return {
        id: chapter.id,
        file: chapter.filePath ?? `guide/${chapter.id}.mdx`,
        sources: chapter.data.sources,
        body,
        headingIds,
      };
    }),
  );

  const entries: DataEntrySnapshot[] = [
    ...comparison.map((entry) => dataEntry('comparison', entry)),
    ...proscons.map((entry) => dataEntry('proscons', entry)),
    ...faq.map((entry) => dataEntry('faq', entry)),
    ...glossary.map((entry) => dataEntry('glossary', entry)),
    ...decision.map((question) =>
      dataEntry(
        'decision',
        question,
        Object.fromEntries(question.data.options.map((option, i) => [`options[${i}].link`, option.link])),
      ),
    ),
  ];

  return { sourceIds: sources.map((source) => source.id), chapters: chapterSnapshots, entries, pages };
}

interface DataEntry {
  id: string;
  filePath?: string | undefined;
  data: { sources?: readonly string[]; link?: string | undefined; [field: string]: unknown };
}

/** The cross-references of one data entry; `links` defaults to its `link` field. */
function dataEntry(collection: string, entry: DataEntry, links?: Record<string, string>): DataEntrySnapshot {
  return {
    collection,
    id: entry.id,
    file: entry.filePath ?? `${collection}.yaml`,
    sources: entry.data.sources ?? [],
    links: links ?? (entry.data.link ? { link: entry.data.link } : {}),
  };
}

let checked: Promise<void> | undefined;

export function assertContentIntegrity(): Promise<void> {
  checked ??= takeSnapshot().then((snapshot) => {
    const problems = checkContent(snapshot);
    if (problems.length > 0) throw new ContentError(problems);
  });
  return checked;
}
