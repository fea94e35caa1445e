/**
 * The content check's part for measured claims (src/benchmark/bench-claims.ts): takes the results'
 * comparisons, each chapter's record and the data files' entries as the content
 * check has them, and reports each measured statement that the results do not back.
 */
import type { Comparison } from '../benchmark/bench-compare.ts';
import { checkChapterClaims, checkEntryClaims } from '../benchmark/bench-claims.ts';
import type { ContentProblem } from '../site/content-errors.ts';
import type { ChapterRecord } from '../content/chapter-scan.ts';

/** Data files whose entries speak for one framework at a time, so the name may be implied. */
const FRAMEWORK_SCOPED = new Set(['comparison', 'proscons']);

/**
 * `comparisons` come from the results as content/benchmarks.json's collection loaded them (none
 * when the file is missing or broken: its load names that). `entries` are the data files'
 * entries by collection; the claims data is left out by the caller (it records what the articles
 * claim).
 */
export function checkMeasuredClaims(
  comparisons: ReadonlyMap<string, Comparison> | undefined,
  entries: ReadonlyMap<string, { file: string; entries: readonly Record<string, unknown>[] }>,
  chapters: readonly { file: string; scan: Pick<ChapterRecord, 'blocks'> }[],
): ContentProblem[] {
  if (comparisons === undefined) return [];
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
