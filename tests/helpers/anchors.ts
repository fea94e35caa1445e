/**
 * The anchor registry, tests/anchors.json: every page path the site has published, each with the
 * fragment ids readers can link to. It only grows (`npm run anchors:update`); the site test
 * tests/site/anchors.test.ts fails when a build drops one without an alias (content/aliases.yaml).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAliases, type Aliases } from '../../src/lib/aliases.ts';
import type { BuiltPage } from './dist.ts';
import { PROJECT_ROOT } from './fixture-project.ts';

export const REGISTRY_FILE = join(PROJECT_ROOT, 'tests', 'anchors.json');
export const ALIASES_FILE = join(PROJECT_ROOT, 'content', 'aliases.yaml');

/** Page path → sorted fragment ids. */
export type Registry = Record<string, string[]>;

/** Built files that are not pages anyone links to. */
const UNLISTED_PAGES = new Set(['/404.html']);

/**
 * Ids that are machinery, not places to link to: the skip link's target and the live region on
 * every page, form controls and their parts (labels point at them, readers do not), SVG
 * internals, and anything a page marks with data-anchor-private.
 */
const TECHNICAL_IDS = new Set(['main', 'live-announcer']);
const TECHNICAL_ELEMENTS = new Set([
  'input', 'select', 'textarea', 'button', 'option', 'optgroup', 'datalist', 'output', 'form', 'label',
  'script', 'style', 'template',
]);

export function readRegistry(): Registry {
  return JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as Registry;
}

export function writeRegistry(registry: Registry): void {
  writeFileSync(REGISTRY_FILE, `${JSON.stringify(registry, null, 2)}\n`);
}

export function readAliases(): Aliases {
  return parseAliases(parseYaml(readFileSync(ALIASES_FILE, 'utf8')));
}

export function isListedPage(page: BuiltPage): boolean {
  return !UNLISTED_PAGES.has(page.path);
}

/** The fragment ids of a page that readers can link to, sorted. */
export function publicAnchors(page: BuiltPage): string[] {
  const ids = page.root
    .querySelectorAll('[id]')
    .filter((el) => !TECHNICAL_ELEMENTS.has(el.tagName.toLowerCase()))
    .filter((el) => !el.closest('svg') && !el.closest('[data-anchor-private]'))
    .map((el) => el.getAttribute('id') ?? '')
    .filter((id) => id && !TECHNICAL_IDS.has(id));
  return [...new Set(ids)].sort();
}

/** The registry plus everything the build publishes; never drops an entry. */
export function mergeRegistry(registry: Registry, pages: readonly BuiltPage[]): { registry: Registry; added: string[] } {
  const merged = new Map(Object.entries(registry).map(([path, ids]) => [path, new Set(ids)]));
  const added: string[] = [];
  for (const page of pages.filter(isListedPage)) {
    const known = merged.get(page.path) ?? new Set<string>();
    if (!merged.has(page.path)) added.push(page.path);
    for (const id of publicAnchors(page)) {
      if (!known.has(id)) added.push(`${page.path}#${id}`);
      known.add(id);
    }
    merged.set(page.path, known);
  }
  const sorted = [...merged.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'));
  return { registry: Object.fromEntries(sorted.map(([path, ids]) => [path, [...ids].sort()])), added };
}
