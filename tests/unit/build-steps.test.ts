import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { siteBuildSteps } from '../../src/build/build-steps';
import { runBuildSteps, type BuildStep } from '../../src/site/written-pages';
import type { ContentGate } from '../../src/checks/content-gate';

const outDir = mkdtempSync(join(tmpdir(), 'dvf-build-steps-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
for (const file of ['index.html', 'guide/b/index.html', 'guide/a/index.html', 'pagefind/x.html', 'robots.txt']) {
  mkdirSync(join(outDir, file, '..'), { recursive: true });
  writeFileSync(join(outDir, file), `<p>${file}</p>`);
}
const context = { outDir, base: '/', logger: {} as AstroIntegrationLogger };

/** A step that writes down every call it gets. */
function recorder(name: string, log: string[], failOn?: string): BuildStep {
  return {
    name,
    start: () => void log.push(`${name} start`),
    page: ({ path, html }) => {
      if (path === failOn) throw new Error(`${name} refused ${path}`);
      log.push(`${name} ${path} ${html.length}`);
    },
    finish: () => void log.push(`${name} finish`),
    close: () => void log.push(`${name} close`),
  };
}

describe('the build steps', () => {
  it('run in the declared order: the content check first, share images last', () => {
    const gate = { writtenPagesCheck: () => ({ name: 'content-check' }), aliases: () => ({ fragments: [], pages: [] }) };
    expect(siteBuildSteps(gate as unknown as ContentGate).map(({ name }) => name)).toEqual([
      'content-check',
      'host-files',
      'critical-css',
      'csp-page-hashes',
      'csp-header',
      'search-index',
      'share-images',
    ]);
  });

  it('share one walk of the written pages: each page once to every step, in file order, then finish in order', async () => {
    const log: string[] = [];
    await runBuildSteps([recorder('a', log), recorder('b', log)], context);
    expect(log).toEqual([
      'a start',
      'b start',
      'a /guide/a/ 25',
      'b /guide/a/ 25',
      'a /guide/b/ 25',
      'b /guide/b/ 25',
      'a / 17',
      'b / 17',
      'a finish',
      'b finish',
      'a close',
      'b close',
    ]);
  });

  it('stop at a failing page and still close every step that started', async () => {
    const log: string[] = [];
    await expect(runBuildSteps([recorder('a', log), recorder('b', log, '/guide/a/')], context)).rejects.toThrow('b refused /guide/a/');
    expect(log.filter((line) => line.endsWith('finish'))).toEqual([]);
    expect(log.slice(-2)).toEqual(['a close', 'b close']);
  });
});
