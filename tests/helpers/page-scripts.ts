/** The JavaScript a built page runs on load, read from dist/ (for the size budgets in tests/site/size-budgets.test.ts). */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DIST, pageAt } from './dist';
import { gzippedSize } from '../../src/site/sizes';

export interface PageScript {
  /** The file's URL path, or "inline script N". */
  name: string;
  code: string;
}

/**
 * Module specifiers a built chunk imports statically, i.e. what loads with the page. Dynamic
 * imports (the search UI, fetched on first use) are not part of the page load.
 */
export function staticImportsOf(code: string): string[] {
  const pattern = /\bimport\s*(?:[\w*{},\s$]+from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The built script at `url` and, recursively, what it imports statically; appended to `scripts`, each file once. */
export function withStaticImports(url: string, scripts: PageScript[] = []): PageScript[] {
  if (!url.startsWith('/') || scripts.some(({ name }) => name === url)) return scripts;
  const code = readFileSync(join(DIST, url), 'utf8');
  scripts.push({ name: url, code });
  for (const specifier of staticImportsOf(code)) withStaticImports(posix.resolve(posix.dirname(url), specifier), scripts);
  return scripts;
}

/** Every script the page runs: inline scripts, /_astro/ files and, recursively, what they import. */
export function loadedScripts(path: string): PageScript[] {
  const page = pageAt(path);
  if (!page) throw new Error(`${path} was not built`);
  const scripts: PageScript[] = [];
  const addFile = (url: string) => void withStaticImports(url, scripts);
  page.root.querySelectorAll('script').forEach((script, index) => {
    const type = script.getAttribute('type');
    if (type === 'application/json' || type === 'application/ld+json') return; // data, never executed
    const src = script.getAttribute('src');
    if (src) return addFile(src);
    scripts.push({ name: `inline script ${index + 1}`, code: script.textContent });
    for (const specifier of staticImportsOf(script.textContent)) addFile(posix.resolve('/', specifier));
  });
  return scripts;
}

/** Gzipped size of each script, compressed on its own as a host would send it. */
export function gzippedSizes(scripts: readonly PageScript[]): { name: string; gzipped: number }[] {
  return scripts.map(({ name, code }) => ({ name, gzipped: gzippedSize(code) }));
}

export const totalGzipped = (scripts: readonly PageScript[]): number =>
  gzippedSizes(scripts).reduce((total, { gzipped }) => total + gzipped, 0);
