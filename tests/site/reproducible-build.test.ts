/** Two clean builds of the same sources produce byte-identical output (pages, assets, search index). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../helpers/fixture-project';

function digestTree(root: string): Record<string, string> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    entries
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const fixtures: FixtureProject[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

it('two clean builds are byte-identical', () => {
  const digests = [0, 1].map(() => {
    const fixture = createFixtureProject();
    fixtures.push(fixture);
    const { status, output } = fixture.astro('build');
    expect(status, output.slice(-2000)).toBe(0);
    return digestTree(join(fixture.root, 'dist'));
  });
  expect(Object.keys(digests[0] ?? {}).length).toBeGreaterThan(20);
  expect(digests[1]).toEqual(digests[0]);
});
