/**
 * Every chapter's title and heading texts by path, rendered once per build, for link text that
 * names its target (section-link-text.ts).
 */
import { getChapters, chapterPath } from '../content/chapters';
import { renderChapter } from './chapter-sections';
import type { LinkTargets } from './section-link-text';

let targets: Promise<LinkTargets> | undefined;

export function guideLinkTargets(): Promise<LinkTargets> {
  targets ??= (async () => {
    const chapters = await getChapters();
    const pages = await Promise.all(
      chapters.map(async (chapter) => {
        const { headings } = await renderChapter(chapter);
        const byId = new Map(headings.map((heading) => [heading.slug, heading.text]));
        return [chapterPath(chapter.id), { title: chapter.data.title, headings: byId }] as const;
      }),
    );
    return new Map(pages);
  })();
  return targets;
}
