/**
 * Aliases keep published links working after a change (content/aliases.yaml): a fragment alias
 * sends an old #fragment of a page to its new id; a moved page sends an old path to a new one.
 * Pure: checking and resolving (the file is read by src/share/aliases-file.ts, kept apart so the
 * browser scripts that import from here never pull in the schema library); the site renders
 * redirect pages and a small script from these, and the build's registry check resolves old
 * links with them.
 */

import { withBase } from '../site/site.ts';

export interface FragmentAlias {
  /** The page the fragment belongs to, e.g. "/guide/ecosystem/". */
  page: string;
  /** The old fragment id, without "#". */
  from: string;
  /** Its id now, on the same page. */
  to: string;
}

export interface PageMove {
  /** The old page path, e.g. "/faq/"; the site builds a redirect page there. */
  from: string;
  /** Where it lives now. */
  to: string;
}

export interface Aliases {
  fragments: FragmentAlias[];
  pages: PageMove[];
}

/** Follows `next` from `start` until it stops; throws on a cycle. */
function follow(start: string, next: (key: string) => string | undefined, what: string): string {
  const seen = [start];
  let current = start;
  for (let step = next(current); step !== undefined; step = next(current)) {
    if (seen.includes(step)) throw new Error(`${what} aliases form a loop: ${[...seen, step].join(' → ')}`);
    seen.push(step);
    current = step;
  }
  return current;
}

/**
 * What is wrong with a set of well-formed aliases as a whole: an old address listed twice, or
 * renames that lead in a circle (resolved here once, so a loop fails the build and not a
 * reader's browser). `field` names the entry, e.g. "fragments[1]".
 */
export function aliasProblems(aliases: Aliases): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  aliases.fragments.forEach(({ page, from }, i) => {
    const key = `${page}#${from}`;
    if (seen.has(key)) problems.push({ field: `fragments[${i}]`, message: `${key} is listed twice` });
    seen.add(key);
  });
  aliases.pages.forEach(({ from }, i) => {
    if (seen.has(from)) problems.push({ field: `pages[${i}]`, message: `${from} is listed twice` });
    seen.add(from);
  });
  const attempt = (field: string, resolve: () => unknown) => {
    try {
      resolve();
    } catch (error) {
      problems.push({ field, message: (error as Error).message });
    }
  };
  aliases.fragments.forEach(({ page, from }, i) => attempt(`fragments[${i}]`, () => resolveFragment(aliases, page, from)));
  aliases.pages.forEach(({ from }, i) => attempt(`pages[${i}]`, () => movedTo(aliases, from)));
  return problems;
}

/** dist/_redirects lines (Netlify, Cloudflare Pages): a 301 from each moved page's old address. */
export function redirectRules(aliases: Aliases, base: string): string {
  return aliases.pages.map(({ from }) => `${withBase(from, base)} ${withBase(movedTo(aliases, from) ?? from, base)} 301\n`).join('');
}

/** Where a moved page lives now (following moves of moves), or undefined if it never moved. */
export function movedTo(aliases: Aliases, path: string): string | undefined {
  const next = (from: string) => aliases.pages.find((move) => move.from === from)?.to;
  return next(path) === undefined ? undefined : follow(path, next, 'page');
}

/** The id an old fragment of `page` now has (following renames of renames), or undefined. */
export function resolveFragment(aliases: Aliases, page: string, fragment: string): string | undefined {
  const next = (from: string) => aliases.fragments.find((alias) => alias.page === page && alias.from === from)?.to;
  return next(fragment) === undefined ? undefined : follow(fragment, next, `${page} fragment`);
}

/** Old fragment → current id for one page: what the page's alias script needs. */
export function fragmentAliasesFor(aliases: Aliases, page: string): Record<string, string> {
  return Object.fromEntries(
    aliases.fragments.filter((alias) => alias.page === page).map(({ from }) => [from, resolveFragment(aliases, page, from) ?? from]),
  );
}

/**
 * Reads fragmentAliasesFor's output back in the browser (from a data-aliases attribute). The
 * attribute is ours, but the parse is defensive anyway: anything but an object of strings
 * yields no aliases rather than an error.
 */
export function fragmentAliasesFromJson(json: string | undefined): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/**
 * Where a published link lands today: its page, after any moves, and its fragment, after any
 * alias of that page, applied only when the page no longer has the fragment (as the alias script
 * does in the browser). `hasFragment` tells whether a page has an id.
 */
export function resolveLink(
  aliases: Aliases,
  path: string,
  fragment: string,
  hasFragment: (path: string, fragment: string) => boolean,
): { path: string; fragment: string } {
  const page = movedTo(aliases, path) ?? path;
  if (!fragment || hasFragment(page, fragment)) return { path: page, fragment };
  return { path: page, fragment: resolveFragment(aliases, page, fragment) ?? fragment };
}
