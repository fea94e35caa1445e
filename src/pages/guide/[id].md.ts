/**
 * Every chapter as Markdown beside its page (/guide/deployment/ → /guide/deployment.md), for
 * readers who paste a page into an assistant or a tool (see src/export/markdown-twins.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, type Chapter } from '../../content/chapters';
import { chapterMarkdown } from '../../export/markdown-twins';
import { LOCAL_SITE } from '../../site/site-url';

export const getStaticPaths = (async () =>
  (await getChapters()).map((chapter) => ({ params: { id: chapter.id }, props: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: Chapter }> = async ({ props, site }) =>
  new Response(await chapterMarkdown(props.chapter, site ?? new URL(LOCAL_SITE)), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
