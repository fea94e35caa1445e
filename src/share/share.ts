/**
 * Share cards: /s/<chapter>/ and /s/<chapter>/<section>/ are small pages whose link previews
 * carry the section's own title and summary, and which send the reader on to the section.
 * Nested under the chapter because section ids are unique only within a chapter.
 */
import { SUMMARY_LENGTH, truncate } from '../content/sections.ts';

export const SHARE_PREFIX = '/s/';

/** The share-card path of a chapter, or of one of its `##` sections. */
export function sharePath(chapterId: string, sectionId?: string): string {
  return sectionId ? `${SHARE_PREFIX}${chapterId}/${sectionId}/` : `${SHARE_PREFIX}${chapterId}/`;
}

/** Whether a site path is a share card (kept out of the sitemap and the search index). */
export const isSharePath = (path: string): boolean => path.startsWith(SHARE_PREFIX);

/** The preview title: the section's heading and its chapter, e.g. "Routing · The web layer". */
export function shareTitle(chapterTitle: string, sectionTitle?: string): string {
  return sectionTitle ? `${sectionTitle} · ${chapterTitle}` : chapterTitle;
}

/** The preview text: the section's summary, or the chapter's description when it has none. */
export function shareDescription(summary: string, chapterDescription: string): string {
  return truncate(summary || chapterDescription, SUMMARY_LENGTH);
}
