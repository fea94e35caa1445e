import { CHAPTER_GROUPS, type ChapterGroup as Group } from '../site/vocabulary.ts';

/** Groups chapters (already in reading order) by sidebar group, keeping CHAPTER_GROUPS order and dropping empty groups. */
export function groupChapters<T extends { data: { group: Group } }>(chapters: readonly T[]): { group: Group; items: T[] }[] {
  return CHAPTER_GROUPS.map((group) => ({ group, items: chapters.filter((chapter) => chapter.data.group === group) })).filter(
    ({ items }) => items.length > 0,
  );
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends { id: string }>(chapters: readonly T[], id: string): { prev?: T; next?: T } {
  const index = chapters.findIndex((chapter) => chapter.id === id);
  if (index === -1) return {};
  const prev = chapters[index - 1];
  const next = chapters[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
