import { getCollection, type CollectionEntry } from 'astro:content';
import { CHAPTER_GROUPS } from '../site/vocabulary';

export type Chapter = CollectionEntry<'guide'>;

/** All chapters in reading order: by sidebar group, then by `order`. */
export async function getChapters(): Promise<Chapter[]> {
  const chapters = await getCollection('guide');
  const groupRank = (chapter: Chapter) => CHAPTER_GROUPS.indexOf(chapter.data.group);
  return chapters.sort((a, b) => groupRank(a) - groupRank(b) || a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export { chapterPath } from '../site/site';
