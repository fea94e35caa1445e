/**
 * Checks that need the rendered site, run at the end of `astro build`
 * (src/checks/content-gate.ts). The pages and their ids come from what the build wrote,
 * so a new page or a component with its own ids can be linked to without registering it
 * anywhere. Checked: no page has an id twice; every site link in content lands on a page and id; every page and
 * fragment in the anchor registry still resolves, directly or through an alias; every alias
 * leads somewhere real and is needed. Pure: it receives the pages and returns problems.
 */
import { ContentError, type ContentProblem } from '../site/content-errors.ts';
import { movedTo, resolveFragment, resolveLink, type Aliases } from '../share/aliases.ts';
import type { LinkClaim } from './content-integrity.ts';

export interface RenderedSite {
  /** Every page the build wrote (URL path without the base, e.g. "/guide/x/"), with its element ids. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Pages that are redirect pages of moved pages. */
  movedPages: ReadonlySet<string>;
  /** Page path → ids that more than one of its elements has. */
  duplicateIds?: ReadonlyMap<string, readonly string[]>;
  /** Page path → the content file it renders (chapters), to name in messages. */
  sourceFiles?: ReadonlyMap<string, string>;
}

/** Page path → fragment ids a reader may link to: the anchor registry (content/anchors.json). */
export type Registry = Readonly<Record<string, readonly string[]>>;

/** The registry's JSON value checked: an object from page path to a list of ids; throws ContentError naming the page. */
export function parseRegistry(data: unknown, file: string): Registry {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError([{ file, field: '(file)', message: 'expected an object from page path to its fragment ids' }]);
  }
  const problems: ContentProblem[] = Object.entries(data)
    .filter(([, ids]) => !Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
    .map(([page]) => ({ file, field: page, message: 'expected a list of fragment ids (strings)' }));
  if (problems.length > 0) throw new ContentError(problems);
  return data as Registry;
}

export interface RenderedInput {
  site: RenderedSite;
  claims: readonly LinkClaim[];
  aliases: Aliases;
  aliasesFile: string;
  registry: Registry;
  registryFile: string;
}

/** Why a link to `path#fragment` would break, or undefined when it lands. */
export function linkProblem(site: RenderedSite, path: string, fragment: string): string | undefined {
  const ids = site.pages.get(path);
  if (!ids) return `no page at ${path}`;
  if (fragment && !ids.has(fragment)) return `${path} has no #${fragment}`;
  return undefined;
}

export function checkRenderedSite({ site, claims, aliases, aliasesFile, registry, registryFile }: RenderedInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, line, field, path, fragment } of claims) {
    const problem = linkProblem(site, path, fragment);
    if (problem) problems.push({ file, line, field, message: problem });
  }

  for (const [path, ids] of site.duplicateIds ?? []) {
    for (const id of ids) {
      problems.push({
        file: site.sourceFiles?.get(path) ?? path,
        field: `page ${path}`,
        message: `the id "${id}" is on more than one element; a link or label would find only the first (rename a heading with {#id})`,
      });
    }
  }

  const has = (path: string, fragment: string) => site.pages.get(path)?.has(fragment) ?? false;
  for (const [path, fragments] of Object.entries(registry)) {
    const landing = resolveLink(aliases, path, '', has);
    const lands = site.pages.has(landing.path) && !site.movedPages.has(landing.path);
    // A moved page whose new address is missing is reported once, against its alias (below).
    if (!lands && movedTo(aliases, path) !== undefined) continue;
    if (!lands) {
      problems.push({
        file: registryFile,
        field: path,
        message: `a published page is no longer built; restore it, or move it with an entry under pages: in ${aliasesFile}`,
      });
      continue;
    }
    for (const fragment of fragments) {
      const target = resolveLink(aliases, path, fragment, has);
      if (!has(target.path, target.fragment)) {
        problems.push({
          file: registryFile,
          field: `${path}#${fragment}`,
          message: `a published fragment is gone; restore the id, or point it at its new id with an entry under fragments: in ${aliasesFile}`,
        });
      }
    }
  }

  aliases.fragments.forEach(({ page, from }, i) => {
    const field = `fragments[${i}]`;
    if (!site.pages.has(page)) problems.push({ file: aliasesFile, field: `${field}.page`, message: `no page at ${page}` });
    else if (has(page, from)) {
      problems.push({
        file: aliasesFile,
        field: `${field}.from`,
        message: `${page} still has #${from}, so the alias would never apply; remove it`,
      });
    } else {
      const to = resolveFragment(aliases, page, from) ?? from;
      if (!has(page, to)) problems.push({ file: aliasesFile, field: `${field}.to`, message: `${page} has no #${to}` });
    }
  });
  aliases.pages.forEach(({ from }, i) => {
    const field = `pages[${i}]`;
    const to = movedTo(aliases, from) ?? from;
    if (!site.pages.has(to) || site.movedPages.has(to))
      problems.push({ file: aliasesFile, field: `${field}.to`, message: `no page at ${to}` });
    if (site.pages.has(from) && !site.movedPages.has(from)) {
      problems.push({
        file: aliasesFile,
        field: `${field}.from`,
        message: `${from} is a live page; a moved page's old address must not have a page of its own`,
      });
    }
  });
  return problems;
}
