/**
 * The framework benchmark's results, content/benchmarks.json (written by
 * `npm run bench:frameworks`), checked against src/lib/benchmark-schema.ts once per build: a
 * missing or malformed field fails the build naming the file and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../lib/content-errors';
import { parseBenchmarkResults } from '../lib/benchmark-results';
import type { BenchmarkResults } from '../lib/benchmark-schema';
import { benchComparisons, type Comparison } from '../lib/bench-compare';

const FILE = 'content/benchmarks.json';
let cached: BenchmarkResults | undefined;

export function getBenchmarks(): BenchmarkResults {
  if (cached) return cached;
  const path = join(process.cwd(), FILE);
  if (!existsSync(path)) {
    throw new ContentError([{ file: FILE, field: '(file)', message: 'missing: run npm run bench:frameworks' }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError([{ file: FILE, field: '(file)', message: `invalid JSON: ${(error as Error).message}` }]);
  }
  cached = parseBenchmarkResults(data, FILE);
  return cached;
}

let comparisons: Map<string, Comparison> | undefined;

/** Every computed comparison of the results, by metric id (src/lib/bench-compare.ts). */
export function getBenchComparisons(): Map<string, Comparison> {
  comparisons ??= benchComparisons(getBenchmarks());
  return comparisons;
}
