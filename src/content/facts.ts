/**
 * The facts registry at work: formatting an entry for the page, resolving `{{fact:id}}`
 * references in YAML data, and finding typed copies of version numbers in prose, which would
 * go stale unnoticed. Pure: the registry itself is the `facts` collection (src/content/data-files.ts).
 */
import type { Fact } from './fact-schema.ts';
import { formatDate } from '../site/site.ts';

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
