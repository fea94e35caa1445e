/**
 * Pagefind files of the built site that the site leans on beyond Pagefind's documented options,
 * so that a Pagefind upgrade that changes them fails here, naming the file to revisit (last
 * verified with Pagefind 1.6). The installed packages' internals are pinned by
 * tests/unit/upstream-internals.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

describe('Pagefind internals the site relies on', () => {
  it('the highlighter still marks through an overridable markText(instance, words) and mark.js markRegExp', () => {
    const highlight = readFileSync(join(DIST, 'pagefind', 'pagefind-highlight.js'), 'utf8');
    const recheck = 'revisit WordStartHighlight in src/search/search-highlight-apply.ts';
    expect(highlight, recheck).toMatch(/^\s*markText\(instance, \w+\) \{/m);
    expect(highlight, recheck).toMatch(/this\.markText\(/);
    expect(highlight, recheck).toMatch(/markRegExp/);
  });

  it('pagefind.js still exports createInstance and searches on the main thread when told noWorker', () => {
    const api = readFileSync(join(DIST, 'pagefind', 'pagefind.js'), 'utf8');
    const recheck = 'revisit loadPagefind in src/search/search-engine.ts: a worker would add its script to the first search';
    expect(api, recheck).toMatch(/export\{[^}]*\bcreateInstance\b/);
    expect(api, recheck).toMatch(/!this\.initOptions\.noWorker\)/);
  });

  it('the index comes in small chunks: Pagefind still reads PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE', () => {
    const dir = join(DIST, 'pagefind', 'index');
    const sizes = readdirSync(dir).map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
    expect(sizes.length).toBeGreaterThan(1);
    // At Pagefind's default chunk size they are about 30 KB; at the site's, about 2 KB.
    const large = sizes.filter(({ bytes }) => bytes > 12_000);
    expect(large, 'revisit INDEX_CHUNK_SIZE in src/search/pagefind.ts: the variable may be gone or renamed').toEqual([]);
  });
});
