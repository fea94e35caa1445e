/**
 * Byte savings that lean on another project's internals, checked against the installed
 * packages so that an upgrade that breaks an assumption fails here, loudly, with the file to
 * revisit (last verified with Vite 8.3):
 * - src/build/lean-preload-helper.ts replaces Vite's private preload-helper module;
 * - src/content/guide-loader.ts takes each chapter's text from what Astro's glob() loader passes
 *   to generateDigest, pinned by tests/unit/guide-loader.test.ts, which runs the real loader;
 * - the built site's Pagefind files are pinned by tests/site/upstream-built.test.ts (the
 *   highlighter that search-highlight-apply.ts subclasses, the main-thread option that
 *   search-engine.ts passes, and the index chunk size that pagefind.ts sets through an
 *   environment variable Pagefind calls unstable).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOAD_HELPER_ID } from '../../src/build/lean-preload-helper';
import { PROJECT_ROOT } from '../helpers/fixture-project';

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
