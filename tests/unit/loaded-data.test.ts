import { describe, expect, it } from 'vitest';
import type { AstroConfig } from 'astro';
import { DATA_LOADED_HOOK, handOver, loadDataFile, type LoadedDataFile } from '../../src/content/loaded-data';
import { dataReferences } from '../../src/content/data-references';
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

describe('dataReferences', () => {
  const facts =
    '- id: drf-latest\n  label: Newest DRF release\n  value: 3.18.3\n  date: 2026-10-06\n  checked: 2026-12-06\n  source: [drf-notes]\n';

  it('resolves nothing from a registry or results file that does not parse', () => {
    expect(dataReferences('- id: [', '{')).toEqual({});
  });

  it('gives the registry by id', () => {
    expect([...(dataReferences(facts, undefined).facts?.keys() ?? [])]).toEqual(['drf-latest']);
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
