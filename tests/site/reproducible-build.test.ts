/**
 * A second clean build, of a copy of the sources in another folder, is byte-identical to dist/
 * (pages, assets, search index): the output depends on the sources alone, not on the checkout's
 * path, the clock or Astro's cache. (Comparing with dist/ rather than building twice saves the
 * suite a full build.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { createFixtureProject } from '../helpers/fixture-project';

function digestTree(root: string): Record<string, string> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    entries
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const fixture = createFixtureProject();
afterAll(() => fixture.remove());

it(
  'a second clean build, elsewhere, is byte-identical to dist/ (run `npm run build` first, with the same environment)',
  { timeout: 240_000 },
  () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/ has no build: run `npm run build` first').toBe(true);
    const built = digestTree(DIST);
    expect(Object.keys(built).length).toBeGreaterThan(20);
    const { status, output } = fixture.astro('build');
    expect(status, output.slice(-2000)).toBe(0);
    expect(digestTree(join(fixture.root, 'dist'))).toEqual(built);
  },
);
