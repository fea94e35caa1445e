import { describe, expect, it } from 'vitest';
import { factSchema, type Fact } from '../../src/content/fact-schema';
import { findTypedVersions, formatFact, resolveEntryReferences, resolveFactReferences } from '../../src/content/facts';
import { scanChapter } from '../../src/content/chapter-scan';
import { parseYamlCollection } from '../../src/content/yaml-collection';
import { resolveBenchReferences } from '../../src/benchmark/bench-compare';
import { newerRelease } from '../../src/content/fact-staleness';
import { z } from 'astro/zod';

const fact = (over: Partial<Fact> = {}): Fact =>
  factSchema.parse({
    id: 'drf-latest',
    label: 'Newest DRF',
    value: '3.18.3',
    date: '2026-10-06',
    checked: '2026-12-01',
    source: ['pypi'],
    ...over,
  });
const registry = new Map([['drf-latest', fact()]]);

describe('facts registry schema', () => {
  it('accepts a full entry and keeps numbers as text', () => {
    expect(fact({ value: 6.1 as unknown as string }).value).toBe('6.1');
  });
  it('refuses an impossible calendar day, naming the field', () => {
    const result = factSchema.safeParse({ ...fact(), date: '2026-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['date'], message: 'must be a real calendar day written YYYY-MM-DD' });
  });
  it('refuses a series that is not a feature line', () => {
    expect(factSchema.safeParse({ ...fact(), package: 'Django', series: '5' }).success).toBe(false);
  });
});

describe('formatFact', () => {
  it('shows the value, the date, both, the month and when it was checked', () => {
    expect(formatFact(fact())).toBe('3.18.3');
    expect(formatFact(fact(), 'date')).toBe('6 October 2026');
    expect(formatFact(fact(), 'both')).toBe('3.18.3 (6 October 2026)');
    expect(formatFact(fact(), 'month')).toBe('October 2026');
    expect(formatFact(fact(), 'checked')).toBe('December 2026');
  });
  it('refuses to show a date the entry does not have', () => {
    expect(() => formatFact(fact({ date: undefined }), 'date')).toThrow('fact "drf-latest" has no date to show (view "date")');
  });
});

describe('fact references in YAML strings', () => {
  it('resolves {{fact:id}} and {{fact:id|view}}', () => {
    expect(resolveFactReferences('DRF {{fact:drf-latest}} ({{ fact:drf-latest | month }})', registry)).toBe('DRF 3.18.3 (October 2026)');
  });
  it('names an unknown id and an unknown view', () => {
    expect(() => resolveFactReferences('{{fact:drf-old}}', registry)).toThrow(
      '{{fact:drf-old}}: unknown fact id "drf-old" (see content/facts.yaml)',
    );
    expect(() => resolveFactReferences('{{fact:drf-latest|year}}', registry)).toThrow('unknown view "year"');
  });
  it('fails a data file on a typed version, naming file, entry and field, and keeps references as written', () => {
    const schema = z.object({ id: z.string(), note: z.string() });
    const yaml = '- id: rest\n  note: DRF 3.18.2 is current\n- id: ok\n  note: DRF {{fact:drf-latest}}, see https://x.org/3.1.4/';
    expect(() => parseYamlCollection('content/x.yaml', yaml, schema, { references: true })).toThrow(
      'content/x.yaml: entry "rest" › note: typed version number "3.18.2": use a {{fact:id}} reference from content/facts.yaml',
    );
    const good = '- id: ok\n  note: DRF {{fact:drf-latest}}, see https://x.org/3.1.4/';
    expect(parseYamlCollection('content/x.yaml', good, schema, { references: true })).toEqual([
      { id: 'ok', note: 'DRF {{fact:drf-latest}}, see https://x.org/3.1.4/' },
    ]);
  });
  it('resolves an entry where it is used, reporting an unknown reference by field', () => {
    const problems: string[] = [];
    const entry = { id: 'x', answers: [{ help: 'DRF {{fact:drf-latest}}' }, { help: '{{fact:nope}}' }] };
    const resolved = resolveEntryReferences(entry, registry, new Map(), (field, message) => problems.push(`${field}: ${message}`));
    expect(resolved.data).toEqual({ id: 'x', answers: [{ help: 'DRF 3.18.3' }, { help: '{{fact:nope}}' }] });
    expect(problems).toEqual(['answers[1].help: {{fact:nope}}: unknown fact id "nope" (see content/facts.yaml)']);
    expect(resolveFactReferences('{{fact:drf-latest|month}}', registry)).toBe('October 2026');
    expect(() => resolveBenchReferences('{{bench:cpu.nope}}', new Map())).toThrow('unknown benchmark metric "cpu.nope"');
  });
  it('hints at quoting when a plain value starts with a reference, in the content-problem style', () => {
    expect(() =>
      parseYamlCollection('content/x.yaml', '- id: a\n  note: {{fact:drf-latest}} is out', z.object({}), { references: true }),
    ).toThrow(
      /^Content check failed:\n {2}content\/x\.yaml: \(file\): invalid YAML: [\s\S]*\. Hint: a value that starts with \{\{fact:…\}\} must be quoted$/,
    );
  });
});

/** Typed versions in a chapter's prose, as the content check's walk of its tree finds them. */
const typedIn = (mdx: string) => scanChapter('content/guide/x.mdx', mdx).typedVersions;

describe('typed versions in prose', () => {
  it('finds patch-level versions in prose with their line', () => {
    expect(typedIn('---\ntitle: X\n---\nIntro\nDRF 3.18.2 is out; Django 6.1 too.')).toEqual([{ line: 5, version: '3.18.2' }]);
  });
  it('ignores code, link targets, component attributes, comments and front matter', () => {
    const mdx = [
      '---',
      'title: Versions 1.2.3',
      '---',
      'Run `pip install Django==5.2.19` [notes](https://docs.example/5.2.19/) <Fact id="django-lts-latest" />',
      '```python',
      'VERSION = "1.2.3"',
      '```',
      '{/* 9.9.9 */}',
      '<Aside kind="note">Prose inside a component counts: 4.5.6</Aside>',
    ].join('\n');
    expect(typedIn(mdx)).toEqual([{ line: 9, version: '4.5.6' }]);
  });
  it('is not fooled by IP addresses, longer dotted numbers or addresses in plain strings', () => {
    expect(findTypedVersions('bind 127.0.0.1 or 1.2.3.4; read https://a.org/v/1.2.3 and x/1.2.3')).toEqual([]);
    expect(findTypedVersions('version 0.6.3.')).toEqual([{ line: 1, version: '0.6.3' }]);
  });
});

describe('facts:check staleness', () => {
  const releases = ['5.2.18', '6.0.10', '6.1', '6.1.3', '5.2.19', '6.2a1'];
  it('compares with the newest final release overall, or of a series', () => {
    expect(newerRelease(fact({ value: '6.1.3', package: 'Django' }), releases)).toBeUndefined();
    expect(newerRelease(fact({ value: '6.1.2', package: 'Django' }), releases)).toBe('6.1.3');
    expect(newerRelease(fact({ value: '5.2.18', package: 'Django', series: '5.2' }), releases)).toBe('5.2.19');
  });
});

describe('the content check of chapters and the registry', () => {
  it('names the file and line of a typed version and of an unknown <Fact>', async () => {
    const { checkChapterFacts } = await import('../../src/content/fact-checks');
    const text = '---\ntitle: X\n---\nOne\nDRF 3.18.2 and <Fact id="drf-latest" /> and <Fact id="gone" />';
    expect(checkChapterFacts('content/guide/x.mdx', scanChapter('content/guide/x.mdx', text), registry)).toEqual([
      {
        file: 'content/guide/x.mdx:5',
        field: 'version 3.18.2',
        message: 'typed version number: show it with <Fact id="…" /> from content/facts.yaml',
      },
      { file: 'content/guide/x.mdx:5', field: '<Fact id="gone">', message: 'no such entry in content/facts.yaml' },
    ]);
  });
  it('refuses an entry checked in the future', async () => {
    const { checkFactDates } = await import('../../src/content/fact-checks');
    expect(checkFactDates(registry, new Date('2026-11-30T12:00:00Z'))).toEqual([
      {
        file: 'content/facts.yaml',
        field: 'entry "drf-latest" › checked',
        message: '2026-12-01 is in the future (the build runs on 2026-11-30)',
      },
    ]);
  });
});
