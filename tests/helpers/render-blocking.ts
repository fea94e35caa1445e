/**
 * What a page's first render waits for, read from the built HTML: the document itself, every
 * stylesheet linked in <head> (without a print-only media), and every classic script in <head>
 * without async or defer (module scripts are deferred). Shared by the size tests and `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { gzippedSize } from '../../src/site/sizes.ts';
import { isMovedPage } from './dist.ts';

export interface BlockingFile {
  name: string;
  gzipped: number;
}

export function renderBlocking(dist: string, path: string): BlockingFile[] {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const head = parse(html).querySelector('head');
  const stylesheets = (head?.querySelectorAll('link[rel=stylesheet]') ?? [])
    .filter((link) => !/^\s*print\s*$/.test(link.getAttribute('media') ?? ''))
    .map((link) => link.getAttribute('href') ?? '');
  const scripts = (head?.querySelectorAll('script[src]') ?? [])
    .filter((script) => script.getAttribute('type') !== 'module' && !script.hasAttribute('async') && !script.hasAttribute('defer'))
    .map((script) => script.getAttribute('src') ?? '');
  return [
    { name: path, gzipped: gzippedSize(html) },
    ...[...stylesheets, ...scripts].map((href) => ({ name: href, gzipped: gzippedSize(readFileSync(join(dist, href))) })),
  ];
}

/** The gzipped size of the median chapter's HTML (dist/guide/<id>/index.html), and how many chapters were measured. */
export function chapterHtmlMedian(dist: string): { median: number; chapters: number } {
  const guide = join(dist, 'guide');
  const sizes = readdirSync(guide)
    .filter((name) => existsSync(join(guide, name, 'index.html')))
    .map((name) => readFileSync(join(guide, name, 'index.html'), 'utf8'))
    .filter((html) => !isMovedPage({ root: parse(html) }))
    .map((html) => gzippedSize(html))
    .sort((a, b) => a - b);
  const middle = Math.floor(sizes.length / 2);
  const median = sizes.length % 2 ? (sizes[middle] ?? 0) : ((sizes[middle - 1] ?? 0) + (sizes[middle] ?? 0)) / 2;
  return { median, chapters: sizes.length };
}
