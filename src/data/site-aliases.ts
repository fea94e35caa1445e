/** The site's aliases (content/aliases.yaml), checked; see src/lib/aliases.ts. */
import { parse } from 'yaml';
import { parseAliases, type Aliases } from '../lib/aliases';
import source from '../../content/aliases.yaml?raw';

function load(): Aliases {
  try {
    return parseAliases(parse(source));
  } catch (error) {
    throw new Error(`content/aliases.yaml: ${(error as Error).message}`, { cause: error });
  }
}

export const aliases: Aliases = load();
