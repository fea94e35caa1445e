/**
 * What the strings of a data file may refer to: the facts registry (`{{fact:id}}`) and the
 * benchmark's comparisons (`{{bench:metric.field}}`). The data collections keep the references as
 * written (each data file is read by its own loader alone); they are resolved where the text is
 * used: pages and Markdown twins through src/content/ordered.ts, the content gate on the entries
 * the loaders handed over, which is also where an unknown reference fails the build.
 */
import { resolveBenchReferences, type Comparison } from '../benchmark/bench-compare.ts';
import { mapStrings, resolveFactReferences } from './facts.ts';
import type { Fact } from './fact-schema.ts';

/** What resolving one entry gave: the entry resolved, and with its facts resolved but its benchmark references as written. */
export interface ResolvedEntry {
  data: Record<string, unknown>;
  /** The check of measured claims reads which metrics each string cites (src/checks/bench-claims-check.ts). */
  benchUnresolved: Record<string, unknown>;
}

/**
 * Every string of an entry resolved; an unknown reference is reported with the field's path
 * (`answers[2].help`) and left as written. Either registry may be left out (its own file failed to
 * load, and reports that itself): its references then stay as written, unreported.
 */
export function resolveEntryReferences(
  entry: Record<string, unknown>,
  facts: ReadonlyMap<string, Fact> | undefined,
  comparisons: ReadonlyMap<string, Comparison> | undefined,
  report: (field: string, message: string) => void = () => {},
): ResolvedEntry {
  const attempt = (resolve: () => string, text: string, path: string) => {
    try {
      return resolve();
    } catch (error) {
      report(path, (error as Error).message);
      return text;
    }
  };
  const benchUnresolved = facts ? (mapStrings(entry, (text, path) => attempt(() => resolveFactReferences(text, facts), text, path)) as Record<string, unknown>) : entry;
  const data = comparisons
    ? (mapStrings(benchUnresolved, (text, path) => attempt(() => resolveBenchReferences(text, comparisons), text, path)) as Record<string, unknown>)
    : benchUnresolved;
  return { data, benchUnresolved };
}
