/**
 * How pages, Markdown twins and search records read a YAML data collection: its entries with their
 * `{{fact:id}}` and `{{bench:…}}` references resolved from the facts and benchmarks collections
 * (resolveEntryReferences, src/content/facts.ts). The data collections keep the references as written, so each
 * data file is read by its own loader alone, and a page that shows data text depends on the facts
 * and benchmarks collections: `astro dev` shows an edited figure without a restart. An unknown
 * reference never reaches here: the content gate fails the build on it first.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { benchComparisons, type Comparison } from '../benchmark/bench-compare';
import type { BenchmarkResults } from '../benchmark/benchmark-schema';
import type { DataCollection } from './data-files';
import { resolveEntryReferences } from './facts';
import type { Fact } from './fact-schema';

/** The comparisons of one results document, computed once however many pages resolve references. */
const comparisonsOf = new WeakMap<object, Map<string, Comparison>>();

async function referenceRegistries(): Promise<{ facts: Map<string, Fact>; comparisons: Map<string, Comparison> | undefined }> {
  const facts = new Map((await getCollection('facts')).map(({ id, data }) => [id, data as Fact]));
  const results = (await getEntry('benchmarks', 'results'))?.data as BenchmarkResults | undefined;
  if (results && !comparisonsOf.has(results)) comparisonsOf.set(results, benchComparisons(results));
  return { facts, comparisons: results && comparisonsOf.get(results) };
}

/** A YAML collection's entries, references resolved, in the order Astro gives them (by id). */
export async function dataCollection<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  if (collection === 'facts') return entries;
  const { facts, comparisons } = await referenceRegistries();
  return entries.map((entry) => ({ ...entry, data: resolveEntryReferences(entry.data, facts, comparisons).data as CollectionEntry<C>['data'] }));
}

/** A YAML collection's entries, references resolved, in the order of its file (Astro itself returns them by id). */
export async function inFileOrder<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await dataCollection(collection);
  return entries.sort((a, b) => a.data.position - b.data.position);
}
