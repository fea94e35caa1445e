import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_HEAP_MB, BUILD_NODE_FLAGS } from '../../src/build/build-heap';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

describe('the Node flags of the build', () => {
  it('are the ones `npm run build` passes to astro build, so throw-away builds measure the same build', () => {
    expect(scripts['build']).toBe(`node ${BUILD_NODE_FLAGS.join(' ')} node_modules/astro/bin/astro.mjs build`);
  });

  it('cap the heap with room to spare over the live heap of a +500-chapter build (under 450 MB)', () => {
    expect(BUILD_NODE_FLAGS).toContain(`--max-old-space-size=${BUILD_HEAP_MB}`);
    expect(BUILD_HEAP_MB).toBeGreaterThanOrEqual(2 * 450);
  });

  it('are not bypassed by another script that builds', () => {
    const others = Object.entries(scripts).filter(([name, command]) => name !== 'build' && /astro(\.mjs)? build/.test(command));
    expect(others).toEqual([]);
  });
});
