/** Reads the built site (dist/) once for the site checks: every HTML page, parsed, by URL path. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { PROJECT_ROOT } from './fixture-project.ts';

export const DIST = join(PROJECT_ROOT, 'dist');

export interface BuiltPage {
  /** URL path, e.g. "/guide/overview/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** "/guide/x/index.html" is served as "/guide/x/". */
export function urlPathOf(file: string): string {
  const path = `/${relative(DIST, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` before the site checks');
  }
  cache ??= htmlFiles(DIST)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      // Parse <pre> and <noscript> content as elements (the default keeps it as raw text), so
      // code blocks can be read and the links of no-JavaScript fallbacks are checked too.
      return { path: urlPathOf(file), file, html, root: parse(html, { comment: false, blockTextElements: { script: true, style: true } }) };
    });
  return cache;
}

/** Whether a URL path resolves to a file in dist/ the way a static host would serve it. */
export function distHas(path: string): boolean {
  const decoded = decodeURIComponent(path);
  const candidate = join(DIST, decoded);
  if (decoded.endsWith('/')) return existsSync(join(candidate, 'index.html'));
  return existsSync(candidate) && statSync(candidate).isFile();
}

let byPath: Map<string, BuiltPage> | undefined;

export function pageAt(path: string): BuiltPage | undefined {
  byPath ??= new Map(builtPages().map((page) => [page.path, page]));
  return byPath.get(path);
}

// Sweeps ask for the same pages' targets once per link to them.
const targetsCache = new WeakMap<BuiltPage, Set<string>>();

/** The element ids (and legacy `name` anchors) a page provides as fragment targets. */
export function fragmentTargets(page: BuiltPage): Set<string> {
  let targets = targetsCache.get(page);
  if (!targets) {
    const ids = page.root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '');
    const names = page.root.querySelectorAll('a[name]').map((el) => el.getAttribute('name') ?? '');
    targets = new Set([...ids, ...names]);
    targetsCache.set(page, targets);
  }
  return targets;
}

/** A redirect page that content/aliases.yaml leaves at a moved page's old address. */
export const isMovedPage = (page: Pick<BuiltPage, 'root'>): boolean => page.root.querySelector('moved-page') !== null;

/** The chapters: /guide/<id>/ pages, without the redirect pages left at old chapter addresses. */
export const chapterPages = (): BuiltPage[] => builtPages().filter((page) => /^\/guide\/[^/]+\/$/.test(page.path) && !isMovedPage(page));

/** Where a page's `<meta http-equiv="refresh" content="0; url=...">` sends readers, if it has one. */
export function refreshTarget(page: BuiltPage): string | undefined {
  const content = page.root.querySelector('meta[http-equiv=refresh]')?.getAttribute('content') ?? '';
  return /^0; url=(\/\S*)$/.exec(content)?.[1];
}
