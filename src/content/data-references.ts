/**
 * What the strings of a data file may refer to: the facts registry (`{{fact:id}}`) and the
 * benchmark's comparisons (`{{bench:metric.field}}`), from the texts of their files. A registry
 * or results file that does not parse resolves nothing here: its own load names its problems, and
 * the other files still report theirs instead of one unknown reference per use.
 */
import { benchComparisons, type Comparison } from '../benchmark/bench-compare.ts';
import { BENCHMARKS_FILE, parseBenchmarkResults } from '../benchmark/benchmark-results.ts';
import { ContentError } from '../site/content-errors.ts';
import { parseFacts } from './fact-checks.ts';
import type { Fact } from './fact-schema.ts';
import type { YamlCollectionOptions } from './yaml-collection.ts';

/** The last texts parsed: the loaders of one sync (ten data files) share one parse of each. */
let lastFacts: { text: string; byId: ReadonlyMap<string, Fact> | undefined } | undefined;
let lastBench: { text: string; byId: ReadonlyMap<string, Comparison> | undefined } | undefined;

/** Runs a parse, giving undefined for content problems (reported by the file's own load). */
function unlessBroken<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ContentError || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

export function dataReferences(factsText: string | undefined, benchText: string | undefined): YamlCollectionOptions {
  if (factsText !== undefined && lastFacts?.text !== factsText) lastFacts = { text: factsText, byId: unlessBroken(() => parseFacts(factsText)) };
  if (benchText !== undefined && lastBench?.text !== benchText) {
    lastBench = { text: benchText, byId: unlessBroken(() => benchComparisons(parseBenchmarkResults(JSON.parse(benchText), BENCHMARKS_FILE))) };
  }
  return {
    ...(factsText !== undefined && lastFacts?.byId && { facts: lastFacts.byId }),
    ...(benchText !== undefined && lastBench?.byId && { bench: lastBench.byId }),
  };
}
