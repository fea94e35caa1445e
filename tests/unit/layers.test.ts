/**
 * The layers keep their promises: src/lib is pure (no Node built-ins, no Astro runtime modules),
 * so browser scripts and unit tests can import any of it; and no two layers share a file name,
 * so a name says which layer a module belongs to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-project';

const SRC = join(PROJECT_ROOT, 'src');
const LAYERS = ['lib', 'data', 'scripts', 'integrations', 'markdown', 'cli'];
const modulesOf = (layer: string) => readdirSync(join(SRC, layer)).filter((file) => /\.(ts|mjs)$/.test(file));

describe('src/lib', () => {
  it('imports no Node built-ins and no astro: modules', () => {
    const impure = modulesOf('lib').flatMap((file) => {
      const code = readFileSync(join(SRC, 'lib', file), 'utf8');
      return [...code.matchAll(/\bfrom\s+['"]((?:node:|astro:)[^'"]+)['"]/g)].map((match) => `${file} imports ${match[1]}`);
    });
    expect(impure).toEqual([]);
  });
});

describe('layers', () => {
  it('share no module names', () => {
    const owners = new Map<string, string[]>();
    for (const layer of LAYERS) {
      for (const file of modulesOf(layer)) {
        const name = basename(file).replace(/\.(ts|mjs)$/, '');
        owners.set(name, [...(owners.get(name) ?? []), layer]);
      }
    }
    const shared = [...owners].filter(([, layers]) => layers.length > 1).map(([name, layers]) => `${name}: ${layers.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
