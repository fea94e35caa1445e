/**
 * The content check's part for measured claims (src/lib/bench-claims.ts): reads the results and
 * every chapter and data file from the checked texts, and reports each measured statement that
 * the results do not back.
 */
import type { z } from 'astro/zod';
import { parseBenchmarkResults } from './benchmark-results.ts';
import { benchComparisons } from './bench-compare.ts';
import { checkChapterClaims, checkEntryClaims } from './bench-claims.ts';
import { ContentError, type ContentProblem } from './content-errors.ts';
import { chapterIdOf } from './content-files.ts';
import type { Fact } from './fact-schema.ts';
import { parseYamlCollection } from './yaml-collection.ts';

export const BENCHMARKS_FILE = 'content/benchmarks.json';

/** Data files whose entries speak for one framework at a time, so the name may be implied. */
const FRAMEWORK_SCOPED = new Set(['comparison', 'proscons']);

export function checkMeasuredClaims(
  texts: ReadonlyMap<string, string>,
  resultsFile: string,
  dataFiles: Readonly<Record<string, z.ZodType>>,
  facts: ReadonlyMap<string, Fact>,
): ContentProblem[] {
  const resultsText = texts.get(resultsFile);
  if (resultsText === undefined) return [];
  let comparisons;
  try {
    comparisons = benchComparisons(parseBenchmarkResults(JSON.parse(resultsText), resultsFile));
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    return [{ file: resultsFile, field: '(file)', message: (error as Error).message }];
  }
  const problems: ContentProblem[] = [];
  for (const [file, text] of texts) {
    if (chapterIdOf(file) !== undefined) problems.push(...checkChapterClaims(file, text, comparisons));
  }
  for (const [collection, schema] of Object.entries(dataFiles)) {
    const file = `content/${collection}.yaml`;
    const text = texts.get(file);
    if (text === undefined) continue;
    let entries: Record<string, unknown>[];
    try {
      entries = parseYamlCollection(file, text, schema, { facts });
    } catch {
      continue; // the schema check reports it
    }
    for (const entry of entries) {
      problems.push(
        ...checkEntryClaims(file, entry, comparisons, {
          ...(collection === 'comparison' && { edgeField: 'edge' }),
          impliedFramework: FRAMEWORK_SCOPED.has(collection),
        }),
      );
    }
  }
  return problems;
}
