/** The decision tool stays light: all the JavaScript /decide/ loads fits in 6 KB gzipped. */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, pageAt } from '../helpers/dist';

const BUDGET_BYTES = 6 * 1024;

/** Module specifiers a built chunk imports, statically or dynamically. */
function importsOf(code: string): string[] {
  const pattern = /\bimport\s*(?:[\w*{},\s$]+from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '');
}

/** Every script the page runs: inline modules, /_astro/ files and, recursively, what they import. */
function loadedScripts(path: string): { name: string; code: string }[] {
  const page = pageAt(path);
  if (!page) throw new Error(`${path} was not built`);
  const scripts: { name: string; code: string }[] = [];
  const seen = new Set<string>();
  const addFile = (url: string) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    scripts.push({ name: url, code });
    for (const specifier of importsOf(code)) addFile(posix.resolve(posix.dirname(url), specifier));
  };
  page.root.querySelectorAll('script').forEach((script, index) => {
    const type = script.getAttribute('type');
    if (type === 'application/json' || type === 'application/ld+json') return; // data, never executed
    const src = script.getAttribute('src');
    if (src) return addFile(src);
    scripts.push({ name: `inline script ${index + 1}`, code: script.textContent });
    for (const specifier of importsOf(script.textContent)) addFile(posix.resolve('/', specifier));
  });
  return scripts;
}

describe('/decide/ JavaScript budget', () => {
  const scripts = loadedScripts('/decide/');
  const sizes = scripts.map(({ name, code }) => ({ name, gzipped: gzipSync(code).length }));
  const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);

  it('measures the widget itself', () => {
    expect(scripts.some(({ code }) => code.includes('decision-widget'))).toBe(true);
  });

  it(`loads at most ${BUDGET_BYTES} bytes of gzipped JavaScript`, () => {
    expect(total, `gzipped sizes: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
