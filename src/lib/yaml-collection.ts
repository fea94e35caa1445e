import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, formatPath, type ContentProblem } from './content-errors.ts';
import type { Fact } from './fact-schema.ts';
import { findTypedVersions, mapStrings, resolveFactReferences } from './facts.ts';

/** Fields that quote others (a title as published, an address) rather than state our own figures. */
const QUOTED_FIELDS = new Set(['title', 'url']);

export interface YamlCollectionOptions {
  /**
   * The facts registry. When given, `{{fact:id}}` references in every string are resolved, and a
   * patch-level version number typed into a string fails: it belongs in content/facts.yaml.
   */
  facts?: ReadonlyMap<string, Fact>;
}

/**
 * Parses a YAML data file holding a list of entries, for Astro's `file()` loader.
 *
 * Astro's own loader would let a later entry silently replace an earlier one with the same id,
 * and its schema errors do not say which entry of a long list is wrong, so this parser checks
 * both itself and throws one error naming the file, the entry and the field.
 */
export function parseYamlCollection(
  file: string,
  text: string,
  schema: z.ZodType,
  { facts }: YamlCollectionOptions = {},
): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // `{{` opens a YAML flow mapping, so a value that starts with a fact reference must be quoted.
    const hint = /\n\s*[\w-]+: \{\{\s*fact:/.test(`\n${message}`) ? ' (a value that starts with {{fact:…}} must be quoted)' : '';
    throw new ContentError([{ file, field: '(file)', message: `invalid YAML: ${message}${hint}` }]);
  }
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, field: '(file)', message: 'expected a list of entries' }]);
  }

  const problems: ContentProblem[] = [];
  const firstIndexById = new Map<string, number>();
  const entries = data.map((raw: unknown, index) => {
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' ? `entry "${id}"` : `entry #${index + 1}`;
    const entry = facts ? withFacts(raw, facts, (field, message) => problems.push({ file, field: `${label} › ${field}`, message })) : raw;
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: `${label} › ${formatPath(issue.path) || '(entry)'}`, message: issue.message });
      }
    }
    if (typeof id === 'string') {
      const first = firstIndexById.get(id);
      if (first === undefined) firstIndexById.set(id, index);
      else problems.push({ file, field: `${label} › id`, message: `duplicate id (also entry #${first + 1})` });
    }
    return entry;
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries as Record<string, unknown>[];
}

/** Resolves fact references in every string of an entry, reporting unknown ones and typed versions. */
function withFacts(entry: unknown, facts: ReadonlyMap<string, Fact>, report: (field: string, message: string) => void): unknown {
  return mapStrings(entry, (text, path) => {
    const key = path.split('.').pop() ?? '';
    if (!QUOTED_FIELDS.has(key)) {
      for (const { version } of findTypedVersions(text)) {
        report(path, `typed version number "${version}": use a {{fact:id}} reference from content/facts.yaml`);
      }
    }
    try {
      return resolveFactReferences(text, facts);
    } catch (error) {
      report(path, (error as Error).message);
      return text;
    }
  });
}
