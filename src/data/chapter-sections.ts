/**
 * A chapter's headings and its `##` sections with their summaries, for the anchor controls of
 * chapter headings and the share cards (/s/<chapter>/<section>/).
 */
import type { MarkdownHeading } from 'astro';
import { render } from 'astro:content';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { sectionSummaries } from '../lib/sections';
import { getChapters, type Chapter } from './chapters';

export interface ChapterSection {
  /** The heading's id, e.g. "routing". */
  id: string;
  /** The heading's text. */
  title: string;
  /** First paragraph of the section as plain text, trimmed for link previews ('' when none). */
  summary: string;
}

const headingsCache = new Map<string, Promise<MarkdownHeading[]>>();

/** The headings Astro rendered for a chapter: the same ids and text the page and its TOC use. */
export function chapterHeadings(chapter: Chapter): Promise<MarkdownHeading[]> {
  let headings = headingsCache.get(chapter.id);
  if (!headings) {
    headings = render(chapter).then((rendered) => rendered.headings);
    headingsCache.set(chapter.id, headings);
  }
  return headings;
}

/** The rendered heading with this id in the chapter with this id, if any. */
export async function findHeading(chapterId: string, headingId: string): Promise<MarkdownHeading | undefined> {
  const chapter = (await getChapters()).find((entry) => entry.id === chapterId);
  return chapter ? (await chapterHeadings(chapter)).find((heading) => heading.slug === headingId) : undefined;
}

/** The chapter's `##` sections in order, each with its summary. */
export async function chapterSections(chapter: Chapter): Promise<ChapterSection[]> {
  const sections = (await chapterHeadings(chapter)).filter((heading) => heading.depth === 2);
  // Parsed with the site's Markdown features, so the tree has the same `##` headings as the page.
  const tree = mdxToMdast(chapter.body ?? '', { features: { headingAttributes: true }, position: false }) as Root;
  const summaries = sectionSummaries(tree);
  if (summaries.length !== sections.length) {
    throw new Error(
      `${chapter.filePath ?? chapter.id}: found ${summaries.length} top-level "##" sections but the page renders ${sections.length} h2 headings; keep "##" headings at the top level of the chapter`,
    );
  }
  return sections.map((heading, i) => ({ id: heading.slug, title: heading.text, summary: summaries[i] ?? '' }));
}
