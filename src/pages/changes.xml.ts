/** The Atom feed of /changes/, linked from every page's <head> (Base.astro). */
import type { APIRoute } from 'astro';
import { getChanges } from '../export/guide-changes';
import { atomFeed } from '../export/changes';
import { LOCAL_SITE } from '../site/site-url';
import { SITE_NAME, withBase } from '../site/site';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path), site ?? LOCAL_SITE).href;
  const feed = atomFeed(await getChanges(), {
    title: `${SITE_NAME}: what changed`,
    pageUrl: absolute('/changes/'),
    feedUrl: absolute('/changes.xml'),
    author: SITE_NAME,
    absolute,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
