/** /llms-full.txt: the whole guide as Markdown, every chapter's twin in reading order (llmstxt.org). */
import type { APIRoute } from 'astro';
import { getChapters } from '../content/chapters';
import { chapterMarkdown } from '../export/markdown-twins';
import { LOCAL_SITE } from '../site/site-url';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/site';

export const GET: APIRoute = async ({ site }) => {
  const chapters = await Promise.all((await getChapters()).map((chapter) => chapterMarkdown(chapter, site ?? new URL(LOCAL_SITE))));
  // Chapter titles are H1s in their twins; here they sit under the guide's title as H1s too, each
  // chapter a document of its own, separated by a rule.
  const text = [`# ${SITE_NAME}\n\n> ${SITE_DESCRIPTION}\n`, ...chapters].join('\n---\n\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
