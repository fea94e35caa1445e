/**
 * The build's check of content/benchmarks.json. Kept apart from the schema because the harness,
 * which Node runs without a build step, imports the schema, and content-errors.ts uses
 * TypeScript syntax that Node's type stripping does not accept.
 */
import { ContentError, formatPath } from '../site/content-errors.ts';
import { benchmarkResultsSchema, type BenchmarkResults } from './benchmark-schema.ts';

export const BENCHMARKS_FILE = 'content/benchmarks.json';

/**
 * Checks parsed results against the schema; a problem throws a ContentError that names the
 * file and the field, e.g. `content/benchmarks.json: scenarios[0].django.latencyP99Ms: Required`.
 */
export function parseBenchmarkResults(data: unknown, file: string): BenchmarkResults {
  const result = benchmarkResultsSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(result.error.issues.map((issue) => ({ file, field: formatPath(issue.path) || '(file)', message: issue.message })));
}
