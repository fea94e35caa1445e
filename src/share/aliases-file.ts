/**
 * Reads content/aliases.yaml through the same YAML-and-zod path as every other data file
 * (src/content/yaml-collection.ts), then checks the aliases as a whole (src/share/aliases.ts).
 */
import { aliasesSchema } from '../content/content-schemas.ts';
import { ContentError } from '../site/content-errors.ts';
import { aliasProblems, type Aliases } from './aliases.ts';
import { parseYamlDocument } from '../content/yaml-collection.ts';

export const ALIASES_FILE = 'content/aliases.yaml';

/** The aliases in the file's text; throws a ContentError naming the entry and field at fault. */
export function parseAliasesFile(text: string, file = ALIASES_FILE): Aliases {
  const aliases = parseYamlDocument(file, text, aliasesSchema);
  const problems = aliasProblems(aliases);
  if (problems.length > 0) throw new ContentError(problems.map((problem) => ({ file, ...problem })));
  return aliases;
}
