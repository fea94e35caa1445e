/**
 * A second, independent HTML checker: the W3C Nu HTML Checker (the vnu-jar package, run on the
 * machine's Java) over every built page, in one invocation (the JVM starts once; about ten
 * seconds for the whole site). It parses as browsers do, so it catches what html-validate's
 * rules do not, such as content after </html>.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { nuErrors } from '../helpers/nu-report';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');

describe('W3C Nu HTML Checker', () => {
  it('reports no error on any built page', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages.map((page) => page.file)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`could not run java (.ci/run installs default-jre-headless): ${run.error.message}`);
    // The checker writes its JSON report to stderr and exits 1 when it found errors.
    expect(nuErrors(run.stderr, pages)).toEqual([]);
  }, 120_000);
});
