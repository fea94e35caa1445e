/** The decision tool stays light: the widget's JavaScript within 6 KB gzipped, the whole page's within 8 KB. */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, pageAt } from '../helpers/dist';

const BUDGET_BYTES = 6 * 1024;

/**
 * Module specifiers a built chunk imports statically, i.e. what loads with the page. Dynamic
 * imports (the search UI, fetched on first use) are not part of the page load.
 */
function importsOf(code: string): string[] {
  const pattern = /\bimport\s*(?:[\w*{},\s$]+from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
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

const PAGE_BUDGET_BYTES = 8 * 1024;
const gzipped = (scripts: { name: string; code: string }[]) =>
  scripts.map(({ name, code }) => ({ name, gzipped: gzipSync(code).length }));
const sum = (sizes: { gzipped: number }[]) => sizes.reduce((total, { gzipped: size }) => total + size, 0);

describe('/decide/ JavaScript budget', () => {
  const scripts = loadedScripts('/decide/');
  // The widget: its own entry chunk and everything that chunk imports statically.
  const widgetEntry = scripts.find(({ name }) => /\/DecisionWidget\.astro_astro_type_script/.test(name));
  const widget = widgetEntry
    ? scripts.filter(({ name }) => name === widgetEntry.name || importsOf(widgetEntry.code).some((spec) => name.endsWith(spec.replace(/^\.\//, '/'))))
    : [];

  it('measures the widget itself', () => {
    expect(widget.some(({ code }) => code.includes('decision-widget'))).toBe(true);
  });

  it(`the widget loads at most ${BUDGET_BYTES} bytes of gzipped JavaScript`, () => {
    const sizes = gzipped(widget);
    expect(sum(sizes), `gzipped sizes: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it(`the whole page loads at most ${PAGE_BUDGET_BYTES} bytes of gzipped JavaScript`, () => {
    const sizes = gzipped(scripts);
    expect(sum(sizes), `gzipped sizes: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });
});
