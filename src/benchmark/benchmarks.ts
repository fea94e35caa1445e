/**
 * The framework benchmark's results, content/benchmarks.json (written by
 * `npm run bench:frameworks`), from the `benchmarks` collection: checked against
 * src/benchmark/benchmark-schema.ts once, by its loader, so a missing or malformed field fails the
 * build naming the file and the field.
 */
import { getEntry } from 'astro:content';
import type { BenchmarkResults } from './benchmark-schema';
import { benchComparisons, type Comparison } from './bench-compare';

export async function getBenchmarks(): Promise<BenchmarkResults> {
  const entry = await getEntry('benchmarks', 'results');
  if (!entry) throw new Error('content/benchmarks.json: the benchmarks collection has no "results" entry');
  return entry.data as BenchmarkResults;
}

/** Every computed comparison of the results, by metric id (src/benchmark/bench-compare.ts). */
export async function getBenchComparisons(): Promise<Map<string, Comparison>> {
  return benchComparisons(await getBenchmarks());
}
