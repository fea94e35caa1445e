import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineHastPlugin } from 'satteri';
import { loadFacts } from '../data/facts.ts';
import { findTypedVersionsInMdx } from '../lib/facts.ts';

const FACT_TAG = /<Fact\b[^>]*?\bid=["']([^"']*)["']/g;

/**
 * Guards the facts registry in chapters: fails the build, naming the file and line, when prose
 * types a patch-level version number (it would go stale unnoticed; use <Fact id="…" />) or when a
 * <Fact> names an entry content/facts.yaml does not have. Reads the source file, because the
 * compiled tree no longer tells prose from what a component rendered.
 */
export const factGuard = defineHastPlugin({
  name: 'fact-guard',
  before(_root, ctx) {
    if (!ctx.fileURL || !ctx.fileURL.pathname.endsWith('.mdx')) return;
    const path = fileURLToPath(ctx.fileURL);
    const file = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    const facts = loadFacts();
    const problems = findTypedVersionsInMdx(source).map(
      ({ line, version }) => `${file}:${line}: typed version number "${version}": show it with <Fact id="…" /> from content/facts.yaml`,
    );
    for (const match of source.matchAll(FACT_TAG)) {
      const id = match[1] ?? '';
      if (facts.has(id)) continue;
      const line = source.slice(0, match.index).split('\n').length;
      problems.push(`${file}:${line}: <Fact id="${id}" />: no such entry in content/facts.yaml`);
    }
    if (problems.length > 0) throw new Error(`Facts registry check failed:\n  ${problems.join('\n  ')}`);
  },
});
