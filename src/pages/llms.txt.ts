/**
 * /llms.txt: what the guide holds, for assistants and tools (llmstxt.org): every chapter's
 * Markdown twin by sidebar group, then the comparison, the decision tool and the sources.
 */
import type { APIRoute } from 'astro';
import { getChapters } from '../content/chapters';
import { llmsTxt, type LlmsSection } from '../export/llms-txt';
import { LOCAL_SITE } from '../site/site-url';
import { markdownTwinPath, SITE_DESCRIPTION, SITE_NAME, withBase } from '../site/site';
import { CHAPTER_GROUPS } from '../site/vocabulary';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(withBase(path), site ?? LOCAL_SITE).href;
  const chapters = await getChapters();
  const sections: LlmsSection[] = [
    ...CHAPTER_GROUPS.map((group) => ({
      name: group,
      links: chapters
        .filter((chapter) => chapter.data.group === group)
        .map((chapter) => ({ title: chapter.data.title, url: url(markdownTwinPath(chapter.id)), description: chapter.data.description })),
    })),
    {
      name: 'Compare and decide',
      links: [
        {
          title: 'Comparison table',
          url: url('/compare/'),
          description: 'Every dimension side by side, with the side it favours, a note and sources.',
        },
        {
          title: 'Decision tool',
          url: url('/decide/'),
          description: 'Short questions about the project and team; the answers give a recommendation with its reasons.',
        },
      ],
    },
    {
      name: 'Optional',
      links: [
        { title: 'The whole guide', url: url('/llms-full.txt'), description: 'Every chapter as Markdown in one file, in reading order.' },
        {
          title: 'Sources',
          url: url('/sources/'),
          description: 'The five comparison articles and the primary references the guide cites.',
        },
        { title: 'What changed', url: url('/changes/'), description: 'Dated changes to figures and chapters, also as an Atom feed.' },
      ],
    },
  ];
  const notes =
    'Each chapter is also published as Markdown at its address with `.md` in place of the final slash; figures are dated and ' +
    'numbered citations link to the source list.';
  return new Response(llmsTxt({ title: SITE_NAME, summary: SITE_DESCRIPTION, notes, sections }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
