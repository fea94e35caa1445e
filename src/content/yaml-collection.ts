import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, formatPath, type ContentProblem } from '../site/content-errors.ts';
import { FACTS_FILE, type DataFile } from './data-files.ts';
import { factReferenceIds, findTypedVersions, mapStrings } from './facts.ts';

/** Fields that quote others (a title as published, an address) rather than state our own figures. */
const QUOTED_FIELDS = new Set(['title', 'url']);

export interface YamlCollectionOptions {
  /**
   * Whether the file's strings may refer to the facts registry (every data file but the registry
   * itself): the ids each entry's `{{fact:id}}` references name are recorded, and a patch-level
   * version number typed into a string fails: it belongs in content/facts.yaml. The references
   * stay as written (resolveEntryReferences in src/content/facts.ts resolves them).
   */
  references?: boolean;
}

/**
 * The one way the site reads a YAML data file: parse, validate with its zod schema, and throw
 * one error naming the file, the entry and the field of every problem. The collections
 * (src/content/yaml-loader.ts), the content check (src/checks/content-check.ts) and
 * content/aliases.yaml all go through here. Pure and uncached: callers that need a file twice
 * keep the result.
 *
 * Astro's own `file()` loader would let a later entry silently replace an earlier one with the
 * same id, and its schema errors do not say which entry of a long list is wrong, so this parser
 * checks both itself.
 */

function parseYamlText(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // `{{` opens a YAML flow mapping, so a value that starts with a fact reference must be quoted.
    const hint = /\n\s*[\w-]+: \{\{\s*fact:/.test(`\n${message}`) ? 'a value that starts with {{fact:…}} must be quoted' : undefined;
    throw new ContentError([{ file, field: '(file)', message: `invalid YAML: ${message}`, hint }]);
  }
}

/** A data file holding a list of entries, each with a unique `id`. */
export function parseYamlCollection(file: string, text: string, schema: z.ZodType, options: YamlCollectionOptions = {}): Record<string, unknown>[] {
  return parseYamlEntries(file, text, schema, options).map(({ data }) => data);
}

/** One entry of a data file, and the fact ids its strings refer to with `{{fact:id}}`. */
export interface ParsedEntry {
  data: Record<string, unknown>;
  factIds: string[];
}

/** parseYamlCollection, keeping with each entry the facts it states (the changes page lists where a figure shows). */
export function parseYamlEntries(file: string, text: string, schema: z.ZodType, { references = false }: YamlCollectionOptions = {}): ParsedEntry[] {
  const data = parseYamlText(file, text);
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, field: '(file)', message: 'expected a list of entries' }]);
  }

  const problems: ContentProblem[] = [];
  const firstIndexById = new Map<string, number>();
  const entries = data.map((raw: unknown, index) => {
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' ? `entry "${id}"` : `entry #${index + 1}`;
    const report = (field: string, message: string) => problems.push({ file, field: `${label} › ${field}`, message });
    const factIds = new Set<string>();
    if (references) checkReferenceStrings(raw, report, factIds);
    const result = schema.safeParse(raw);
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
    return { data: result.data as Record<string, unknown>, factIds: [...factIds] };
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

/**
 * The one parse of a data file of src/content/data-files.ts, whoever reads it: its collection's
 * loader (src/content/yaml-loader.ts), the content check run in memory (src/checks/content-check.ts)
 * and `npm run facts:check`. Every file but the registry itself may refer to it.
 */
export function parseDataFile({ file, schema }: DataFile, text: string): ParsedEntry[] {
  return parseYamlEntries(file, text, schema, { references: file !== FACTS_FILE });
}

/** Records the fact ids an entry's strings refer to, and reports versions typed instead of referred to. */
function checkReferenceStrings(entry: unknown, report: (field: string, message: string) => void, factIds: Set<string>): void {
  mapStrings(entry, (text, path) => {
    for (const id of factReferenceIds(text)) factIds.add(id);
    const key = path.split('.').pop() ?? '';
    if (!QUOTED_FIELDS.has(key)) {
      for (const { version } of findTypedVersions(text)) {
        report(path, `typed version number "${version}": use a {{fact:id}} reference from content/facts.yaml`);
      }
    }
    return text;
  });
}

/** A data file holding one document (a mapping), such as content/aliases.yaml. */
export function parseYamlDocument<Schema extends z.ZodType>(file: string, text: string, schema: Schema): z.infer<Schema> {
  const data = parseYamlText(file, text);
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => ({
        file,
        field: formatPath(issue.path) || '(file)',
        message: data == null ? `${issue.message}; the file is empty` : issue.message,
      })),
    );
  }
  return result.data as z.infer<Schema>;
}
