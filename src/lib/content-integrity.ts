/**
 * Cross-reference checks over all content, run once per build (see src/data/integrity.ts).
 * Schemas check each entry on its own; these checks need the whole site: that every cited
 * source exists, that every internal link points at a page and fragment the site will have,
 * and that ids are unique. Pure: it receives a snapshot and returns problems.
 */
import type { ContentProblem } from './content-errors.ts';
import { splitSourceIds } from './citations.ts';

export interface ChapterSnapshot {
  id: string;
  /** Source file, relative to the project root. */
  file: string;
  /** Source ids listed in the front matter. */
  sources: readonly string[];
  /** Raw MDX body, scanned for <Cite> ids and links. */
  body: string;
  /** Ids of the headings the chapter renders. */
  headingIds: readonly string[];
}

/** A data-collection entry's cross-references: the ids it cites and the links it holds. */
export interface DataEntrySnapshot {
  collection: string;
  id: string;
  file: string;
  sources: readonly string[];
  /** Field name (e.g. "link", "options[2].link") to site path. */
  links: Readonly<Record<string, string>>;
}

export interface SiteSnapshot {
  sourceIds: readonly string[];
  chapters: readonly ChapterSnapshot[];
  entries: readonly DataEntrySnapshot[];
  /** Every page path the build produces, with the fragment ids it provides. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
}

/** `<Cite s="a b" />` or `<Cite s="a, b" />`: ids are separated by spaces or commas. */
const CITE_PATTERN = /<Cite\b[^>]*?\bs=["']([^"']*)["']/g;
/** Markdown link targets and href attributes that stay on this site. */
const LINK_PATTERNS = [/\]\(((?:\/|#)[^)\s]*)\)/g, /\bhref=["']((?:\/|#)[^"']*)["']/g];

export function citedIds(body: string): string[] {
  return [...body.matchAll(CITE_PATTERN)].flatMap((match) => splitSourceIds(match[1] ?? ''));
}

/** Whether an MDX body renders the component `name` (e.g. `<FaqList />`). */
export function usesComponent(body: string, name: string): boolean {
  return new RegExp(`<${name}[\\s/>]`).test(body);
}

/**
 * Fragment ids a chapter gets from the data components it embeds: `anchorsByComponent` maps a
 * component name (e.g. "FaqList") to the ids it renders; a chapter whose body uses `<FaqList`
 * provides them all.
 */
export function embeddedAnchors(body: string, anchorsByComponent: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(anchorsByComponent).flatMap(([name, ids]) => (usesComponent(body, name) ? ids : []));
}

export function internalLinks(body: string): string[] {
  return LINK_PATTERNS.flatMap((pattern) => [...body.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/**
 * Why a site link would break, or undefined when it resolves. `from` is the page the link is
 * on, used for same-page `#fragment` links.
 */
export function linkProblem(link: string, pages: SiteSnapshot['pages'], from?: string): string | undefined {
  const hashAt = link.indexOf('#');
  const rawPath = hashAt === -1 ? link : link.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : decodeURIComponent(link.slice(hashAt + 1));
  const path = rawPath === '' ? from : rawPath.split('?')[0];
  if (path === undefined) return 'a same-page link outside a page';
  const anchors = pages.get(path);
  if (!anchors) return `no page at ${path}`;
  if (fragment && !anchors.has(fragment)) return `${path} has no #${fragment}`;
  return undefined;
}

function unknownSources(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => !known.has(id));
}

export function checkContent(site: SiteSnapshot): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const knownSources = new Set(site.sourceIds);

  for (const chapter of site.chapters) {
    const { file } = chapter;
    const from = `/guide/${chapter.id}/`;
    for (const id of unknownSources(chapter.sources, knownSources)) {
      problems.push({ file, field: 'sources', message: `unknown source id "${id}"` });
    }
    for (const id of unknownSources(citedIds(chapter.body), knownSources)) {
      problems.push({ file, field: `body <Cite s="${id}">`, message: `unknown source id "${id}"` });
    }
    for (const link of internalLinks(chapter.body)) {
      const problem = linkProblem(link, site.pages, from);
      if (problem) problems.push({ file, field: `body link ${link}`, message: problem });
    }
  }

  const seen = new Map<string, string>();
  for (const entry of site.entries) {
    const label = `entry "${entry.id}"`;
    const key = `${entry.collection}/${entry.id}`;
    const earlier = seen.get(key);
    if (earlier) problems.push({ file: entry.file, field: `${label} › id`, message: `duplicate id (also in ${earlier})` });
    seen.set(key, entry.file);
    for (const id of unknownSources(entry.sources, knownSources)) {
      problems.push({ file: entry.file, field: `${label} › sources`, message: `unknown source id "${id}"` });
    }
    for (const [field, link] of Object.entries(entry.links)) {
      const problem = linkProblem(link, site.pages);
      if (problem) problems.push({ file: entry.file, field: `${label} › ${field}`, message: problem });
    }
  }
  return problems;
}
