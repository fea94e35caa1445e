/**
 * A chapter page's data, computed once per page before anything renders, as Starlight's
 * useRouteData does (packages/starlight/utils/routing/data.ts): the chapter rendered, its
 * neighbours, its headings and sections, its numbered sources and its search data. The page
 * keeps it in Astro.locals.route (as Starlight keeps `locals.starlightRoute`) for the
 * components its Markdown renders, whose props only the Markdown sets (SectionHeading).
 */
import type { MarkdownHeading } from 'astro';
import { neighbours } from './chapter-groups';
import { editUrl } from '../site/site';
import { renderChapter, type ChapterSection, type RenderedChapter } from './chapter-sections';
import type { Chapter } from '../content/chapters';
import { chapterSourceIds, pageCitations, type PageCitations } from './page-sources';
import { chapterSearchData, type ChapterSearchData } from '../search/search-metadata';

export interface ChapterRoute {
  chapter: Chapter;
  Content: RenderedChapter['Content'];
  headings: MarkdownHeading[];
  /** Headings by id, for the heading components. */
  headingsById: ReadonlyMap<string, MarkdownHeading>;
  sections: ChapterSection[];
  prev?: Chapter | undefined;
  next?: Chapter | undefined;
  /** The chapter's sources, numbered in order of first citation (tables and lists included). */
  citations: PageCitations;
  search: ChapterSearchData;
  /** Where to edit the chapter's file, when the deployment says (EDIT_URL_BASE). */
  editUrl: string | undefined;
}

/** Fragment of the chapter's list of sources. */
export const CHAPTER_SOURCES_ID = 'chapter-sources';

export async function chapterRouteData(chapter: Chapter, chapters: readonly Chapter[]): Promise<ChapterRoute> {
  const { Content, headings, elements, sections } = await renderChapter(chapter);
  const { prev, next } = neighbours(chapters, chapter.id);
  return {
    chapter,
    Content,
    headings,
    headingsById: new Map(headings.map((heading) => [heading.slug, heading])),
    sections,
    prev,
    next,
    citations: await pageCitations(await chapterSourceIds(elements), CHAPTER_SOURCES_ID),
    search: chapterSearchData(chapter, headings),
    editUrl: editUrl(chapter.filePath),
  };
}
