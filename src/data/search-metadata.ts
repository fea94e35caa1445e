import { getCollection } from 'astro:content';
import type { Chapter } from './chapters';
import {
  chapterKind,
  distinctFrameworks,
  frameworkOf,
  frameworkValue,
  type FrameworkValue,
  type Kind,
} from '../lib/search';
import { usesComponent } from '../lib/content-integrity';

interface ListEntry {
  /** The entry's own heading, if it has one. */
  heading?: string;
  framework: FrameworkValue;
}

/** The entries each list component renders, as search sees them. */
const LIST_ENTRIES: Readonly<Record<string, () => Promise<ListEntry[]>>> = {
  FaqList: async () =>
    (await getCollection('faq')).map(({ data }) => ({
      heading: data.question,
      framework: frameworkOf(`${data.question} ${data.answer}`),
    })),
  GlossaryList: async () =>
    (await getCollection('glossary')).map(({ data }) => ({
      heading: data.term,
      framework: frameworkOf(`${data.term} ${data.expansion ?? ''} ${data.definition}`),
    })),
  ProsCons: async () => (await getCollection('proscons')).map(({ data }) => ({ framework: frameworkValue(data.framework) })),
};

export interface SearchFilterValues {
  kind: Kind[];
  framework: FrameworkValue[];
}

export interface ChapterSearchData {
  filters: SearchFilterValues;
  /** Every section heading of the chapter, from its Markdown and from the lists it renders. */
  sections: string[];
}

/**
 * What search needs to know about a chapter besides its text. Its kind: chapter, or FAQ and
 * glossary for those two. Its frameworks: every chapter compares both; a chapter that lists FAQ
 * entries, glossary terms or pros and cons also has the framework of each entry that concerns
 * only one, so that filtering on Flask finds the glossary's Werkzeug entry but not a chapter
 * that never singles Flask out. Its sections: the headings, for Pagefind to score like a title.
 */
export async function chapterSearchData(chapter: Chapter, headings: readonly { text: string }[]): Promise<ChapterSearchData> {
  const entries: ListEntry[] = [];
  for (const [component, listEntries] of Object.entries(LIST_ENTRIES)) {
    if (usesComponent(chapter.body ?? '', component)) entries.push(...(await listEntries()));
  }
  return {
    filters: {
      kind: [chapterKind(chapter.id)],
      framework: distinctFrameworks(['Both', ...entries.map((entry) => entry.framework)]),
    },
    sections: [...headings.map((heading) => heading.text), ...entries.flatMap((entry) => (entry.heading ? [entry.heading] : []))],
  };
}
