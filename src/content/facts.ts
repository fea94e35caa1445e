/**
 * The facts registry at work: formatting an entry for the page, resolving the references in YAML
 * data (`{{fact:id}}`, and with them the benchmark's `{{bench:metric.field}}`), and finding typed
 * copies of version numbers in prose, which would go stale unnoticed. Pure: the registry itself is
 * the `facts` collection (src/content/data-files.ts).
 *
 * The data collections keep their references as written (each data file is read by its own loader
 * alone); they are resolved where the text is used: pages and Markdown twins through
 * src/content/ordered.ts, the content gate on the entries the loaders handed over, which is also
 * where an unknown reference fails the build.
 */
import type { Fact } from './fact-schema.ts';
import { formatDate } from '../site/site.ts';
import { resolveBenchReferences, type Comparison } from '../benchmark/bench-compare.ts';

/** How a fact is shown: its value, its date, both, the month of its date, or when it was checked. */
export const FACT_VIEWS = ['value', 'date', 'both', 'month', 'checked'] as const;
export type FactView = (typeof FACT_VIEWS)[number];

/** `2026-11-03` → `3 November 2026` (the guide's date style, formatDate); `month` → `November 2026`. */
export function formatDay(isoDay: string, precision: 'day' | 'month' = 'day'): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  return precision === 'month'
    ? new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day)
    : formatDate(day);
}

export function formatFact(fact: Fact, view: FactView = 'value'): string {
  const needsDate = view === 'date' || view === 'both' || view === 'month';
  if (needsDate && !fact.date) throw new Error(`fact "${fact.id}" has no date to show (view "${view}")`);
  switch (view) {
    case 'value':
      return fact.value;
    case 'date':
      return formatDay(fact.date!);
    case 'month':
      return formatDay(fact.date!, 'month');
    case 'both':
      return `${fact.value} (${formatDay(fact.date!)})`;
    case 'checked':
      return formatDay(fact.checked, 'month');
  }
}

/** `{{fact:django-latest}}` or `{{fact:django-latest|date}}` inside a YAML string. */
const REFERENCE = /\{\{\s*fact:([^|}\s]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;

/** Replaces every fact reference in one string; throws naming the reference when it is unknown. */
export function resolveFactReferences(text: string, facts: ReadonlyMap<string, Fact>): string {
  return text.replace(REFERENCE, (whole, id: string, view: string | undefined) => {
    const fact = facts.get(id);
    if (!fact) throw new Error(`${whole}: unknown fact id "${id}" (see content/facts.yaml)`);
    if (view !== undefined && !(FACT_VIEWS as readonly string[]).includes(view)) {
      throw new Error(`${whole}: unknown view "${view}"; use one of ${FACT_VIEWS.join(', ')}`);
    }
    return formatFact(fact, (view ?? 'value') as FactView);
  });
}

/** The fact ids a YAML string refers to, in order, each once. */
export function factReferenceIds(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((match) => match[1]!))];
}

/** A patch-level version number such as 3.18.2: almost always a "latest release" claim. */
const PATCH_VERSION = /(?<![\d.\w/-])\d+\.\d+\.\d+(?![\d.]*\d|[\w/-])/g;

export interface TypedVersion {
  /** 1-based line in the text that was searched. */
  line: number;
  version: string;
}

/** Patch-level version numbers in a plain string: a YAML field, or a text node of a chapter (chapter-scan.ts). */
export function findTypedVersions(text: string): TypedVersion[] {
  return findVersions(text.replace(/`[^`\n]+`/g, ' ').replace(/https?:\/\/\S+/g, ' '));
}

function findVersions(text: string): TypedVersion[] {
  const found: TypedVersion[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(PATCH_VERSION)) found.push({ line: i + 1, version: match[0] });
  });
  return found;
}

/** Every string in a parsed YAML value, with its path (`answers[2].help`), so errors can name the field. */
export function mapStrings(value: unknown, fn: (text: string, path: string) => string, path = ''): unknown {
  if (typeof value === 'string') return fn(value, path);
  if (Array.isArray(value)) return value.map((item, i) => mapStrings(item, fn, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fn, path ? `${path}.${key}` : key)]));
  }
  return value;
}

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
