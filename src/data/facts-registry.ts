/**
 * The facts registry (content/facts.yaml) for the parts of the build that render: the <Fact>
 * component and the YAML collections' loader. Parsed through the same memoised path as the
 * content check (src/lib/fact-checks.ts), which has already reported any problem in it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Fact } from '../lib/fact-schema.ts';
import { FACTS_FILE, parseFacts } from '../lib/fact-checks.ts';

let cached: ReadonlyMap<string, Fact> | undefined;

/** The registry by id; `root` is the project root (Astro's config.root, or the cwd in scripts). */
export function loadFacts(root: URL | string = pathToFileURL(`${process.cwd()}/`)): ReadonlyMap<string, Fact> {
  cached ??= parseFacts(readFileSync(new URL(FACTS_FILE, root), 'utf8'));
  return cached;
}
