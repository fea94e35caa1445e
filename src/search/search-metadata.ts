import type { Chapter } from '../content/chapters';
import { chapterKind, frameworkOf, frameworkValue, RECORD_ATTRIBUTE, type FrameworkValue, type Kind } from './search';
import type { FaqEntry, GlossaryEntry, ProCon } from '../content/content-schemas';

export interface SearchFilterValues {
  kind: Kind[];
  framework: FrameworkValue[];
}

export interface ChapterSearchData {
  filters: SearchFilterValues;
  /** Every section heading of the chapter, for Pagefind to score like a title. */
  sections: string[];
}

/**
 * What search needs to know about a chapter besides its text: its kind (chapter, or FAQ and
 * glossary for those two), its framework (every chapter compares both) and its section
 * headings. FAQ entries, glossary terms and pros and cons are search results of their own
 * (entryAttributes), so they add neither headings nor frameworks to the chapter.
 */
export function chapterSearchData(chapter: Chapter, headings: readonly { text: string }[]): ChapterSearchData {
  return {
    filters: { kind: [chapterKind(chapter.id)], framework: ['Both'] },
    sections: headings.map((heading) => heading.text),
  };
}

/** The filters of the site's pages that are neither chapters nor records: home, /decide/, /sources/. */
export const PAGE_SEARCH_FILTERS: SearchFilterValues = { kind: ['Page'], framework: ['Both'] };

/**
 * The attributes that make an entry its own search result, landing on `#anchor` (see
 * RECORD_ATTRIBUTE): its title, and the framework it concerns for the filter.
 */
export function entryAttributes(anchor: string, title: string, framework: FrameworkValue): Record<string, string> {
  return {
    [RECORD_ATTRIBUTE]: anchor,
    'data-pagefind-meta': `title:${title}`,
    'data-pagefind-filter': `framework:${framework}`,
  };
}

/** A FAQ entry concerns the framework its question and answer name (or both). */
export const faqFramework = (data: FaqEntry): FrameworkValue => frameworkOf(`${data.question} ${data.answer}`);

/** A glossary term concerns the framework its name and definition name (or both). */
export const glossaryFramework = (data: GlossaryEntry): FrameworkValue =>
  frameworkOf(`${data.term} ${data.expansion ?? ''} ${data.definition}`);

/** A pro or con concerns its own framework. */
export const proConFramework = (data: ProCon): FrameworkValue => frameworkValue(data.framework);
