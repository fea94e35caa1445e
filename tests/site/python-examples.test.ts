/**
 * Every Python code block on the built site comes from a file of content/examples/ (named by
 * data-example on its wrapper) and names the releases that ran it, on every supported line its
 * wrapper lists (data-example-lines): "Tested with Django 5.2.19 on Python 3.11 and Django 6.1.3 on
 * Python 3.13", each version as its line's lock file pins it. One sweep, every failing block listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normaliseName, parseManifest, readLines } from '../../src/examples/examples.ts';
import { builtPages } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/fixture-project.ts';

const EXAMPLES = join(PROJECT_ROOT, 'content/examples');
const { lineIds } = parseManifest(parseYaml(readFileSync(join(EXAMPLES, 'examples.yaml'), 'utf8')));
const locks = new Map(readLines(lineIds, (file) => readFileSync(join(EXAMPLES, file), 'utf8')).map(({ id, lock }) => [id, lock]));

interface Block {
  name: string;
  example: string | undefined;
  lines: string[];
  line: string;
}

const blocks: Block[] = builtPages().flatMap((page) =>
  page.root.querySelectorAll('pre.language-python').map((pre, index) => {
    const wrapper = pre.closest('[data-example]');
    return {
      name: `${page.path} block ${index + 1}`,
      example: wrapper?.getAttribute('data-example'),
      lines: wrapper?.getAttribute('data-example-lines')?.split(' ').filter(Boolean) ?? [],
      line: wrapper?.querySelector('.example-checked')?.text.replace(/\s+/g, ' ').trim() ?? '',
    };
  }),
);

/** What is wrong with a block, or undefined when it is sound. */
function problem({ example, lines, line }: Block): string | undefined {
  if (example === undefined) return 'not rendered from content/examples/ (no data-example)';
  const file = example.split('#')[0]!;
  if (!existsSync(join(PROJECT_ROOT, file))) return `data-example names a missing file, ${file}`;
  if (lines.length === 0 || lines.some((id) => !locks.has(id))) return `data-example-lines is "${lines.join(' ')}"`;
  const [tested = '', skipped] = line.split(' (not on ');
  if (!tested.startsWith('Tested with ')) return `no "Tested with …" line: "${line}"`;
  // The Pythons named: "on Python 3.11 and 3.13", or one "on Python X.Y" per line.
  const PYTHONS = / on Python (\d+\.\d+(?:(?:, | and )\d+\.\d+)*)/g;
  const pythons = [...tested.matchAll(PYTHONS)].flatMap(([, list]) => list!.split(/, | and /));
  const wanted = lines.map((id) => locks.get(id)!.python);
  if (pythons.join() !== wanted.join())
    return `names Python ${pythons.join(', ')}, the lock files of lines ${lines.join(', ')} say ${wanted.join(', ')}`;
  // Every package named carries the version each line pins, and no other.
  const named = [
    ...tested
      .slice('Tested with '.length)
      .replace(PYTHONS, '')
      .matchAll(/([A-Za-z][\w.-]*) (\d[\w.+!-]*)/g),
  ];
  if (named.length === 0) return `names no package: "${line}"`;
  for (const [, name, version] of named) {
    const pinned = lines.map((id) => locks.get(id)!.versions.get(normaliseName(name!)));
    if (!pinned.includes(version)) return `names ${name} ${version}, which no lock file of lines ${lines.join(', ')} pins`;
    const missing = pinned.filter((pin) => !named.some(([, other, shown]) => other === name && shown === pin));
    if (missing.length) return `names ${name} without the ${missing.join(', ')} that another line ran`;
  }
  const notRun = lineIds.filter((id) => !lines.includes(id));
  if (notRun.length && !new RegExp(`^${notRun.join(' and ').replace(/\./g, '\\.')}: \\S`).test(skipped ?? '')) {
    return `runs on ${lines.join(', ')} only and does not say why not on ${notRun.join(', ')}: "${line}"`;
  }
  return undefined;
}

describe('Python examples on the built site', () => {
  it('every Python block is from an example file and names the releases of every line that ran it', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(90);
    const problems = blocks.flatMap((block) => {
      const found = problem(block);
      return found ? [`${block.name}: ${found}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('most blocks ran on every line; those that did not are few and say why', () => {
    const onEvery = blocks.filter((block) => block.lines.join(' ') === lineIds.join(' '));
    expect(onEvery.length).toBeGreaterThanOrEqual(blocks.length * 0.85);
    expect(onEvery.some((block) => block.line.includes(' and '))).toBe(true);
  });

  it('the check rejects a pasted block, an unlabelled one, a missing line and a stale version', () => {
    const good = blocks.find((block) => block.lines.length === lineIds.length && block.line.includes('Django'))!;
    expect(problem(good)).toBeUndefined();
    expect(problem({ ...good, example: undefined })).toMatch(/no data-example/);
    expect(problem({ ...good, line: '' })).toMatch(/Tested with/);
    expect(problem({ ...good, line: good.line.replace(/ and Django .*$/, '') })).toMatch(/names Python 3\.11, the lock files/);
    expect(problem({ ...good, line: good.line.replace(/Django \d[\w.]*/, 'Django 4.2.1') })).toMatch(/Django 4\.2\.1/);
    expect(problem({ ...good, lines: [lineIds.at(-1)!], line: good.line.replace(/^.* and /, 'Tested with ') })).toMatch(/does not say why/);
  });
});
