/**
 * A chapter as rendered, with what the Markdown pipeline recorded of it
 * (src/content/chapter-record.ts): its headings, its JSX elements in reading order, and its
 * `##` sections with their summaries, for the chapter page's route data (route-data.ts) and the
 * share cards (/s/<chapter>/<section>/).
 */
import type { Root } from 'mdast';
import type { MarkdownHeading } from 'astro';
import { render } from 'astro:content';
import type { ChapterElement } from '../content/chapter-scan';
import type { Chapter } from '../content/chapters';

export interface ChapterSection {
  /** The heading's id, e.g. "routing". */
  id: string;
  /** The heading's text. */
  title: string;
  /** First paragraph of the section as plain text, trimmed for link previews ('' when none). */
  summary: string;
}

export interface RenderedChapter {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** The headings Astro rendered: the same ids and text the page and its TOC use. */
  headings: MarkdownHeading[];
  /** Every JSX element of the chapter in reading order (<Cite>, <Fact>, the data components). */
  elements: ChapterElement[];
  /** The chapter's `##` sections in order, each with its summary. */
  sections: ChapterSection[];
  /** The chapter's Markdown tree as parsed, for its Markdown twin. */
  tree: Root;
}

interface Record {
  elements: ChapterElement[];
  sectionSummaries: string[];
  tree: Root;
}

export async function renderChapter(chapter: Chapter): Promise<RenderedChapter> {
  const { Content, headings, remarkPluginFrontmatter } = await render(chapter);
  const file = chapter.filePath ?? chapter.id;
  const record = (remarkPluginFrontmatter as { chapter?: Record }).chapter;
  if (!record) throw new Error(`${file}: the Markdown pipeline kept no record of the chapter (see src/content/chapter-record.ts)`);
  const h2 = headings.filter((heading) => heading.depth === 2);
  if (record.sectionSummaries.length !== h2.length) {
    throw new Error(
      `${file}: found ${record.sectionSummaries.length} top-level "##" sections but the page renders ${h2.length} h2 headings; keep "##" headings at the top level of the chapter`,
    );
  }
  const sections = h2.map((heading, i) => ({ id: heading.slug, title: heading.text, summary: record.sectionSummaries[i] ?? '' }));
  return { Content, headings, elements: record.elements, sections, tree: record.tree };
}
