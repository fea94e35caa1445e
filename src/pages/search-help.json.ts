import type { APIRoute } from 'astro';
import { searchHelpTopics } from '../search/search-help-topics';

/** The topics a search that finds nothing offers (src/search/search-help.ts fetches them then). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchHelpTopics()), { headers: { 'Content-Type': 'application/json' } });
