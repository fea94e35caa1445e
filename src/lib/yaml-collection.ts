import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, formatPath, type ContentProblem } from './content-errors.ts';

/**
 * Parses a YAML data file holding a list of entries, for Astro's `file()` loader.
 *
 * Astro's own loader would let a later entry silently replace an earlier one with the same id,
 * and its schema errors do not say which entry of a long list is wrong, so this parser checks
 * both itself and throws one error naming the file, the entry and the field.
 */
export function parseYamlCollection(file: string, text: string, schema: z.ZodType): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', message: `invalid YAML: ${(error as Error).message}` }]);
  }
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, field: '(file)', message: 'expected a list of entries' }]);
  }

  const problems: ContentProblem[] = [];
  const firstIndexById = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' ? `entry "${id}"` : `entry #${index + 1}`;
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
  });
  if (problems.length > 0) throw new ContentError(problems);
  return data as Record<string, unknown>[];
}
