/**
 * The data collections keep `{{fact:…}}` and `{{bench:…}}` references as written; what a reader
 * sees is resolved by src/content/ordered.ts (inFileOrder, dataCollection). A page or component
 * that read a data collection straight from astro:content would show the references raw, so only
 * the readers named here may.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/content/data-files';
import { PROJECT_ROOT } from '../helpers/fixture-project';

/** Files that may read a data collection as stored, and why. */
const RAW_READERS = new Map([
  ['src/content/ordered.ts', 'resolves the references for everyone else'],
  ['src/guide/Cite.astro', 'asks only whether a source id exists'],
]);

/** Collections whose strings may hold references (the registry itself holds none). */
const REFERRING = Object.keys(DATA_FILES).filter((name) => name !== 'facts');
const RAW_READ = new RegExp(String.raw`\b(?:getCollection|getEntry|getEntries)\(\s*['"](${REFERRING.join('|')})['"]`, 'g');

/** Every TypeScript and Astro file under src/, as a project path. */
const sourceFiles = readdirSync(join(PROJECT_ROOT, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
  .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));

/** Where a file reads a referring data collection by name from astro:content. */
function rawReads(text: string): string[] {
  return [...text.matchAll(RAW_READ)].map((match) => match[1]!);
}

describe('data text is read resolved', () => {
  it('finds a raw read of a referring collection, and not of the registry', () => {
    expect(rawReads("const faq = await getCollection('faq');\nawait getEntry( \"glossary\", 'wsgi');")).toEqual(['faq', 'glossary']);
    expect(rawReads("await getCollection('facts'); await inFileOrder('faq');")).toEqual([]);
  });

  it('no page or component reads a referring data collection but through src/content/ordered.ts', () => {
    const offenders = sourceFiles
      .filter((file) => !RAW_READERS.has(file))
      .flatMap((file) => rawReads(readFileSync(join(PROJECT_ROOT, file), 'utf8')).map((name) => `${file}: ${name}`));
    expect(offenders, 'read these with inFileOrder or dataCollection (src/content/ordered.ts)').toEqual([]);
  });
});
