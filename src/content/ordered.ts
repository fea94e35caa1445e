import { getCollection, type CollectionEntry } from 'astro:content';
import type { DataCollection } from './data-files';

/** A YAML collection's entries in the order of its file (Astro itself returns them by id). */
export async function inFileOrder<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => a.data.position - b.data.position);
}
