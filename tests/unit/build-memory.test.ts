import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV, BUILD_HEAP_MB, BUILD_NODE_FLAGS, BUILD_SCRIPT } from '../../src/build/build-memory';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

describe('how the build is started', () => {
  it('is how `npm run build` starts it, so throw-away builds measure the same build', () => {
    expect(scripts['build']).toBe(BUILD_SCRIPT);
    expect(BUILD_SCRIPT).toBe(
      'MIMALLOC_PURGE_DECOMMITS=1 MIMALLOC_PURGE_DELAY=0 node --max-old-space-size=1024 node_modules/astro/bin/astro.mjs build',
    );
  });

  it('caps the heap with room to spare over the live heap of a +500-chapter build (under 450 MB)', () => {
    expect(BUILD_NODE_FLAGS).toContain(`--max-old-space-size=${BUILD_HEAP_MB}`);
    expect(BUILD_HEAP_MB).toBeGreaterThanOrEqual(2 * 450);
    expect(Object.keys(BUILD_ENV).every((name) => name.startsWith('MIMALLOC_'))).toBe(true);
  });

  it('is not bypassed by another script that builds', () => {
    const others = Object.entries(scripts).filter(([name, command]) => name !== 'build' && /astro(\.mjs)? build/.test(command));
    expect(others).toEqual([]);
  });
});
