/**
 * The anchor registry, content/anchors.json: every page path the site has published, each with the
 * fragment ids readers can link to. It only grows (`npm run anchors:update`); the site test
 * tests/site/anchors.test.ts fails when a build drops one without an alias (content/aliases.yaml).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Aliases } from '../../src/share/aliases.ts';
import { parseAliasesFile } from '../../src/share/aliases-file.ts';
import type { BuiltPage } from './dist.ts';
import { PROJECT_ROOT } from './fixture-project.ts';

export const REGISTRY_FILE = join(PROJECT_ROOT, 'content', 'anchors.json');
export const ALIASES_FILE = join(PROJECT_ROOT, 'content', 'aliases.yaml');

/** Page path → sorted fragment ids. */
export type Registry = Record<string, string[]>;

/** Built files that are not pages anyone links to. */
const UNLISTED_PAGES = new Set(['/404.html']);

/**
 * Public anchors are the ids of what a reader may link to: headings, sections, the items of
 * lists and tables and other blocks of content, plus any id the site itself links to. The rest
 * is machinery: ids that only tie a label, caption or help text to a control or region, the
 * skip link's target and the live region on every page, and anything inside data-anchor-private.
 */
const CONTENT_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'aside',
  'li',
  'tr',
  'dt',
  'dfn',
  'figure',
  'table',
  'details',
  'blockquote',
]);
const TECHNICAL_IDS = new Set(['main', 'live-announcer']);

export function readRegistry(): Registry {
  return JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as Registry;
}

export function writeRegistry(registry: Registry): void {
  writeFileSync(REGISTRY_FILE, `${JSON.stringify(registry, null, 2)}\n`);
}

export function readAliases(): Aliases {
  return parseAliasesFile(readFileSync(ALIASES_FILE, 'utf8'));
}

export function isListedPage(page: BuiltPage): boolean {
  return !UNLISTED_PAGES.has(page.path);
}

/** Page path → the fragment ids that links anywhere on the site point at. */
export function linkedFragments(pages: readonly BuiltPage[]): Map<string, Set<string>> {
  const linked = new Map<string, Set<string>>();
  for (const page of pages) {
    const base = new URL(page.path, 'http://site.invalid');
    for (const link of page.root.querySelectorAll('a[href*="#"]')) {
      const url = new URL(link.getAttribute('href') ?? '', base);
      if (url.origin !== base.origin || url.hash.length < 2) continue;
      const ids = linked.get(url.pathname) ?? new Set<string>();
      ids.add(decodeURIComponent(url.hash.slice(1)));
      linked.set(url.pathname, ids);
    }
  }
  return linked;
}

/** The fragment ids of a page that readers can link to, sorted (see CONTENT_ELEMENTS). */
export function publicAnchors(page: BuiltPage, linked: ReadonlySet<string> = new Set()): string[] {
  const ids = page.root
    .querySelectorAll('[id]')
    .filter((el) => !el.closest('[data-anchor-private]'))
    .map((el) => ({ id: el.getAttribute('id') ?? '', tag: el.tagName.toLowerCase() }))
    .filter(({ id, tag }) => id && !TECHNICAL_IDS.has(id) && (CONTENT_ELEMENTS.has(tag) || linked.has(id)))
    .map(({ id }) => id);
  return [...new Set(ids)].sort();
}

/** The registry plus everything the build publishes; never drops an entry. */
export function mergeRegistry(registry: Registry, pages: readonly BuiltPage[]): { registry: Registry; added: string[] } {
  const merged = new Map(Object.entries(registry).map(([path, ids]) => [path, new Set(ids)]));
  const linked = linkedFragments(pages);
  const added: string[] = [];
  for (const page of pages.filter(isListedPage)) {
    const known = merged.get(page.path) ?? new Set<string>();
    if (!merged.has(page.path)) added.push(page.path);
    for (const id of publicAnchors(page, linked.get(page.path))) {
      if (!known.has(id)) added.push(`${page.path}#${id}`);
      known.add(id);
    }
    merged.set(page.path, known);
  }
  const sorted = [...merged.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'));
  return { registry: Object.fromEntries(sorted.map(([path, ids]) => [path, [...ids].sort()])), added };
}
