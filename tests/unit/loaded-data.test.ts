import { describe, expect, it, vi } from 'vitest';

/** Every path a module under test reads with node:fs/promises' readFile. */
const readPaths: string[] = vi.hoisted(() => []);
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    readFile: (path: Parameters<typeof original.readFile>[0], ...rest: [never]) => {
      readPaths.push(String(path));
      return original.readFile(path, ...rest);
    },
  };
});
import type { AstroConfig } from 'astro';
import { DATA_LOADED_HOOK, handOver, loadDataFile, type LoadedDataFile } from '../../src/content/loaded-data';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { yamlListLoader } from '../../src/content/yaml-loader';
import { DATA_FILES, type DataCollection } from '../../src/content/data-files';
import { PROJECT_ROOT } from '../helpers/fixture-project';
import { ContentError } from '../../src/site/content-errors';
import { parseRegistry } from '../../src/checks/rendered-checks';

const bytes = (text: string) => new TextEncoder().encode(text);
const parseNumber = (text: string) => {
  const value = Number(text);
  if (Number.isNaN(value)) throw new ContentError([{ file: 'content/n.yaml', field: '(file)', message: 'expected a number' }]);
  return value;
};

/** A resolved config whose integrations offer the given data-loaded hooks. */
const configWith = (...hooks: ((loaded: LoadedDataFile) => boolean)[]) =>
  ({ integrations: hooks.map((hook, i) => ({ name: `receiver-${i}`, hooks: { [DATA_LOADED_HOOK]: hook } })) }) as unknown as AstroConfig;

describe('loadDataFile', () => {
  it('gives the parsed value and the text', () => {
    expect(loadDataFile('n', 'content/n.yaml', bytes('42'), parseNumber)).toEqual({
      collection: 'n',
      file: 'content/n.yaml',
      text: '42',
      value: 42,
      problems: [],
    });
  });

  it('names the line of bytes that are not UTF-8, before the parser sees them', () => {
    const loaded = loadDataFile('n', 'content/n.yaml', new Uint8Array([0x31, 0x0a, 0xe9, 0x0a]), parseNumber);
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems).toEqual([
      { file: 'content/n.yaml', line: 2, field: '(file)', message: 'not valid UTF-8; save the file as UTF-8' },
    ]);
  });

  it("keeps the parser's content problems and lets other errors through", () => {
    expect(loadDataFile('n', 'content/n.yaml', bytes('x'), parseNumber).problems.map((p) => p.message)).toEqual(['expected a number']);
    expect(() =>
      loadDataFile('n', 'content/n.yaml', bytes('x'), () => {
        throw new TypeError('a bug');
      }),
    ).toThrow('a bug');
  });
});

describe('handOver', () => {
  const good = loadDataFile('n', 'content/n.yaml', bytes('42'), parseNumber);
  const broken = loadDataFile('n', 'content/n.yaml', bytes('x'), parseNumber);

  it('gives every hook the file and returns the value to store', () => {
    const seen: LoadedDataFile[] = [];
    expect(
      handOver(
        configWith((loaded) => seen.push(loaded) > 0),
        good,
      ),
    ).toBe(42);
    expect(seen).toEqual([good]);
  });

  it('leaves a broken file to a hook that reports it (the build gathers every file)', () => {
    expect(
      handOver(
        configWith(() => true),
        broken,
      ),
    ).toBeUndefined();
  });

  it('throws the problems when no hook reports them (astro dev, or no gate)', () => {
    expect(() =>
      handOver(
        configWith(() => false),
        broken,
      ),
    ).toThrow(/content\/n\.yaml: \(file\): expected a number/);
    expect(() => handOver(configWith(), broken)).toThrow(ContentError);
  });
});

describe('yamlListLoader reads its own file alone', () => {
  // Every YAML data collection loads from the real content/ folder; what each loader reads and
  // watches is recorded. The facts registry and the benchmark results enter through their own
  // collections only: no other loader may read them (their references resolve where text is used).
  it.each(Object.keys(DATA_FILES) as DataCollection[])('%s', async (name) => {
    readPaths.length = 0;
    const watched: string[] = [];
    const entries: unknown[] = [];
    const context = {
      config: { root: pathToFileURL(`${PROJECT_ROOT}/`), integrations: [] },
      store: { clear: () => (entries.length = 0), set: (entry: unknown) => entries.push(entry) },
      watcher: { add: (file: string) => watched.push(file), on: () => {} },
      logger: { error: () => {} },
    } as unknown as LoaderContext;
    await yamlListLoader(name).load(context);
    const own = resolve(PROJECT_ROOT, DATA_FILES[name].file);
    expect(readPaths).toEqual([own]);
    expect(watched).toEqual([own]);
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe('parseRegistry (the anchors collection)', () => {
  it('takes page paths with their fragment ids', () => {
    expect(parseRegistry({ '/': [], '/faq/': ['a', 'b'] }, 'content/anchors.json')).toEqual({ '/': [], '/faq/': ['a', 'b'] });
  });

  it('names the page whose ids are not a list of strings, and a file that is not an object', () => {
    expect(() => parseRegistry({ '/faq/': 'a', '/': [1] }, 'content/anchors.json')).toThrow(
      /content\/anchors\.json: \/faq\/: expected a list of fragment ids \(strings\)\n {2}content\/anchors\.json: \/: expected a list/,
    );
    expect(() => parseRegistry([], 'content/anchors.json')).toThrow(/\(file\): expected an object from page path to its fragment ids/);
  });
});
