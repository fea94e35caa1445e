/**
 * The site's aliases (content/aliases.yaml), from their collection (src/content.config.ts), whose
 * loader checks them as a whole (src/share/aliases-file.ts).
 */
import { getEntry } from 'astro:content';
import type { Aliases } from './aliases';

export async function getAliases(): Promise<Aliases> {
  const entry = await getEntry('aliases', 'aliases');
  if (!entry) throw new Error('content/aliases.yaml: the aliases collection has no entry');
  return entry.data as Aliases;
}
