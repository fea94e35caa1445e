import { getCollection, type CollectionEntry } from 'astro:content';

type YamlCollection = 'comparison' | 'proscons' | 'faq' | 'glossary' | 'decision';

/** A YAML collection's entries in the order of its file (Astro itself returns them by id). */
export async function inFileOrder<C extends YamlCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => (a.data as { position: number }).position - (b.data as { position: number }).position);
}
