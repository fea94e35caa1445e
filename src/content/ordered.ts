/**
 * How pages, Markdown twins and search records read a YAML data collection: its entries with their
 * `{{fact:id}}` and `{{bench:…}}` references resolved from the facts and benchmarks collections
 * (resolveEntryReferences, src/content/facts.ts), once per entry however many pages show it. The
 * data collections keep the references as written, so each data file is read by its own loader
 * alone, and a page that shows data text depends on the facts and benchmarks collections: `astro
 * dev` shows an edited figure without a restart. An unknown reference never reaches here: the
 * content gate fails the build on it first.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { benchComparisons, type Comparison } from '../benchmark/bench-compare';
import type { BenchmarkResults } from '../benchmark/benchmark-schema';
import type { DataCollection } from './data-files';
import { resolveEntryReferences } from './facts';
import type { Fact } from './fact-schema';

/** The registries references resolve from, as the facts and benchmarks collections last loaded them. */
interface Registries {
  /** The facts' entry data objects, by which a reloaded registry is told apart (a loader stores new objects). */
  factData: readonly object[];
  facts: Map<string, Fact>;
  results: BenchmarkResults | undefined;
  comparisons: Map<string, Comparison> | undefined;
}
let registries: Registries | undefined;

/** The registries, built again only when the facts or the benchmark results were loaded again (an edit in `astro dev`). */
async function referenceRegistries(): Promise<Registries> {
  const factEntries = await getCollection('facts');
  const results = (await getEntry('benchmarks', 'results'))?.data as BenchmarkResults | undefined;
  const unchanged =
    registries !== undefined &&
    registries.results === results &&
    registries.factData.length === factEntries.length &&
    factEntries.every(({ data }, i) => data === registries!.factData[i]);
  if (!unchanged) {
    registries = {
      factData: factEntries.map(({ data }) => data),
      facts: new Map(factEntries.map(({ id, data }) => [id, data as Fact])),
      results,
      comparisons: results && benchComparisons(results),
    };
  }
  return registries!;
}

/**
 * Each stored entry's data resolved, with the registries it was resolved from: a page that shows a
 * collection resolves nothing the page before it resolved. An edited data file is loaded as new
 * objects, and edited facts or results make new registries, so `astro dev` shows either edit.
 */
const resolvedData = new WeakMap<object, { registries: Registries; data: Record<string, unknown> }>();

function resolved(data: Record<string, unknown>, current: Registries): Record<string, unknown> {
  const known = resolvedData.get(data);
  if (known?.registries === current) return known.data;
  const fresh = resolveEntryReferences(data, current.facts, current.comparisons).data;
  resolvedData.set(data, { registries: current, data: fresh });
  return fresh;
}

/** A YAML collection's entries, references resolved, in the order Astro gives them (by id). */
export async function dataCollection<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  if (collection === 'facts') return entries;
  const current = await referenceRegistries();
  return entries.map((entry) => ({ ...entry, data: resolved(entry.data, current) as CollectionEntry<C>['data'] }));
}

/** A YAML collection's entries, references resolved, in the order of its file (Astro itself returns them by id). */
export async function inFileOrder<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await dataCollection(collection);
  return entries.sort((a, b) => a.data.position - b.data.position);
}
