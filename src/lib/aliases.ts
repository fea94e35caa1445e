/**
 * Aliases keep published links working after a change (content/aliases.yaml): a fragment alias
 * sends an old #fragment of a page to its new id; a moved page sends an old path to a new one.
 * Pure: parsing, checking and resolving; the site renders redirect pages and a small script
 * from these, and the anchor-registry test resolves old links with them.
 */

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

/** A site page path in the site's form: lower-case segments, each ending with "/". */
const PAGE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
/** A fragment as it appears in a URL: no spaces, "#", "/" or "?". */
const FRAGMENT = /^[^\s#/?]+$/;

function field(entry: unknown, key: string, pattern: RegExp, where: string): string {
  const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new Error(`${where} › ${key}: expected ${pattern === PAGE_PATH ? 'a page path such as "/guide/faq/"' : 'a fragment id without "#"'}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function list(data: Record<string, unknown>, key: string): unknown[] {
  const value = data[key] ?? [];
  if (!Array.isArray(value)) throw new Error(`${key}: expected a list`);
  return value;
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

/** Checks the parsed YAML of content/aliases.yaml; throws with the entry and field at fault. */
export function parseAliases(data: unknown): Aliases {
  if (data != null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new Error('expected a `fragments:` list and a `pages:` list');
  }
  const root = (data ?? {}) as Record<string, unknown>;
  const fragments = list(root, 'fragments').map((entry, i) => ({
    page: field(entry, 'page', PAGE_PATH, `fragments[${i}]`),
    from: field(entry, 'from', FRAGMENT, `fragments[${i}]`),
    to: field(entry, 'to', FRAGMENT, `fragments[${i}]`),
  }));
  const pages = list(root, 'pages').map((entry, i) => ({
    from: field(entry, 'from', PAGE_PATH, `pages[${i}]`),
    to: field(entry, 'to', PAGE_PATH, `pages[${i}]`),
  }));

  const seen = new Set<string>();
  for (const { page, from } of fragments) {
    const key = `${page}#${from}`;
    if (seen.has(key)) throw new Error(`fragments: ${key} is listed twice`);
    seen.add(key);
  }
  for (const { from } of pages) {
    if (seen.has(from)) throw new Error(`pages: ${from} is listed twice`);
    seen.add(from);
  }
  const aliases = { fragments, pages };
  // Resolve everything once, so a loop fails here and not in a reader's browser.
  for (const { page, from } of fragments) resolveFragment(aliases, page, from);
  for (const { from } of pages) movedTo(aliases, from);
  return aliases;
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
    aliases.fragments
      .filter((alias) => alias.page === page)
      .map(({ from }) => [from, resolveFragment(aliases, page, from) ?? from]),
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
