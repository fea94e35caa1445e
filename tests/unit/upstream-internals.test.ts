/**
 * Byte savings that lean on another project's internals, checked against the installed
 * packages so that an upgrade that breaks an assumption fails here, loudly, with the file to
 * revisit (last verified with Vite 8.3 and @pagefind/component-ui 1.5):
 * - src/build/lean-preload-helper.ts replaces Vite's private preload-helper module;
 * - src/build/component-ui-trim.ts cuts Pagefind's Component UI bundle as a string (its own
 *   test, tests/unit/component-ui-trim.test.ts, runs it on the installed bundle; the build
 *   also stops when the layout is not found);
 * - src/search/search-loader.ts replaces two methods of the UI's search instance;
 * - src/search/search-did-you-mean.ts loads the instance (`__load__()`) and searches its loaded
 *   Pagefind module (`__pagefind__`) directly;
 * - the built site's Pagefind files are pinned by tests/site/upstream-built.test.ts (the
 *   highlighter that search-highlight-apply.ts subclasses, and the index chunk size that
 *   pagefind.ts sets through an environment variable Pagefind calls unstable).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOAD_HELPER_ID } from '../../src/build/lean-preload-helper';
import { PROJECT_ROOT } from '../helpers/fixture-project';

const COMPONENT_UI = readFileSync(join(PROJECT_ROOT, 'node_modules/@pagefind/component-ui/npm_dist/mjs/component-ui.mjs'), 'utf8');

const VITE_NODE_DIST = join(PROJECT_ROOT, 'node_modules', 'vite', 'dist', 'node');
const viteSource = readdirSync(VITE_NODE_DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .map((file) => readFileSync(join(VITE_NODE_DIST, file), 'utf8'))
  .join('\n');

describe('Vite internals that lean-preload-helper.ts replaces', () => {
  it('Vite still wraps lazy imports in a helper module with the id the plugin intercepts', () => {
    // In Vite's source the NUL byte of the virtual-module id is written as the escape \0.
    const idInSource = JSON.stringify(PRELOAD_HELPER_ID).replace('\\u0000', '\\0');
    expect(viteSource.includes(idInSource), `Vite no longer has the module ${idInSource}: revisit src/build/lean-preload-helper.ts`).toBe(
      true,
    );
  });

  it('the helper is still called __vitePreload, the name the pass-through exports', () => {
    expect(viteSource, 'revisit src/build/lean-preload-helper.ts').toMatch(/preloadMethod = `__vitePreload`/);
  });
});

describe('Component UI internals that search-loader.ts replaces', () => {
  const recheck = 'revisit searchInstance in src/search/search-loader.ts';
  it('every search of the UI still goes through instance.__search__(term, filters)', () => {
    expect(COMPONENT_UI, recheck).toMatch(/^\s*async __search__\(term, filters\)/m);
    expect(COMPONENT_UI.match(/\.__search__\(/g)?.length ?? 0, recheck).toBeGreaterThanOrEqual(3);
  });
  it('the sections under a result still come from instance.getDisplaySubResults(result, limit)', () => {
    expect(COMPONENT_UI, recheck).toMatch(/^\s*getDisplaySubResults\(result, limit = \d+\)/m);
    expect(COMPONENT_UI, recheck).toMatch(/\.getDisplaySubResults\(result, /);
  });
});

describe('Component UI internals that search-did-you-mean.ts reads', () => {
  const recheck = 'revisit pagefindOf and instance.__load__() in src/search/search-did-you-mean.ts';
  it('the instance still loads Pagefind through __load__() into __pagefind__, which has search(term, options)', () => {
    expect(COMPONENT_UI, recheck).toMatch(/^\s*async __load__\(\)/m);
    expect(COMPONENT_UI, recheck).toMatch(/this\.__pagefind__ = /);
    expect(COMPONENT_UI, recheck).toMatch(/this\.__pagefind__\.search\(\w+, \{/);
  });
});
