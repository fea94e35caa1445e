/**
 * The benchmark harness's apps (content/bench/) are Python the harness runs, not site content: no
 * collection loads them, so the build does not look at them. This test holds them to the rules
 * content files follow (src/content/content-files.ts): UTF-8, and no two names that differ only in
 * case (one would overwrite the other on a case-insensitive disk).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileBytes, checkFileNames, type ContentFile } from '../../src/content/content-files';
import { LEFT_BY_RUNS } from '../../src/content/examples-loader';
import { formatProblem } from '../../src/site/content-errors';
import { PROJECT_ROOT } from '../helpers/fixture-project';

/** The apps' files as the harness runs them (not what a run leaves beside them). */
const benchFiles: ContentFile[] = readdirSync(join(PROJECT_ROOT, 'content', 'bench'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .map((absolute) => ({ path: relative(PROJECT_ROOT, absolute).split(sep).join('/'), bytes: new Uint8Array(readFileSync(absolute)) }))
  .filter(({ path }) => !LEFT_BY_RUNS.test(path));

const problemsOf = (files: readonly ContentFile[]) =>
  [...checkFileBytes(files), ...checkFileNames(files.map(({ path }) => path))].map((problem) => formatProblem(problem).trim());

describe('the benchmark apps (content/bench/)', () => {
  it('are UTF-8, with no two names that differ only in case', () => {
    expect(benchFiles.length).toBeGreaterThan(10);
    expect(problemsOf(benchFiles)).toEqual([]);
  });

  it('a planted byte that is not UTF-8 and a case twin are named, with the file and line', () => {
    const [first] = benchFiles;
    const twin = first!.path.replace(/[^/]+$/, (name) => name.toUpperCase());
    const damaged = Uint8Array.from([...first!.bytes, ...Buffer.from('\n# caf\xe9\n', 'latin1')]);
    const lines = new TextDecoder().decode(first!.bytes).split('\n').length;
    expect(problemsOf([...benchFiles.slice(1), { path: first!.path, bytes: damaged }, { path: twin, bytes: first!.bytes }])).toEqual([
      `${first!.path}:${lines + 1}: (file): not valid UTF-8; save the file as UTF-8`,
      `${first!.path}: (file name): differs from ${twin} only in upper/lower case; rename one`,
    ]);
  });
});
