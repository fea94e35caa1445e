/**
 * The content check's part for measured claims (src/benchmark/bench-claims.ts): reads the results
 * from the checked texts, takes each chapter's record and the data files' entries as the content
 * check has them, and reports each measured statement that the results do not back.
 */
import { parseBenchmarkResults } from '../benchmark/benchmark-results.ts';
import { benchComparisons } from '../benchmark/bench-compare.ts';
import { checkChapterClaims, checkEntryClaims } from '../benchmark/bench-claims.ts';
import { ContentError, type ContentProblem } from '../site/content-errors.ts';
import type { ChapterRecord } from '../content/chapter-scan.ts';

/** Data files whose entries speak for one framework at a time, so the name may be implied. */
const FRAMEWORK_SCOPED = new Set(['comparison', 'proscons']);

/**
 * `entries` are the data files' entries as the content check parsed them, by collection; the
 * claims data is left out by the caller (it records what the articles claim).
 */
export function checkMeasuredClaims(
  texts: ReadonlyMap<string, string>,
  resultsFile: string,
  entries: ReadonlyMap<string, { file: string; entries: readonly Record<string, unknown>[] }>,
  chapters: readonly { file: string; scan: Pick<ChapterRecord, 'blocks'> }[],
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
  for (const { file, scan } of chapters) problems.push(...checkChapterClaims(file, scan, comparisons));
  for (const [collection, { file, entries: fileEntries }] of entries) {
    for (const entry of fileEntries) {
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
