/**
 * Checks over all content as a whole, run by the build before it renders anything
 * (src/checks/content-gate.ts). Schemas check each entry on its own; these need the whole
 * site: that every cited source exists and every source is cited, that ids and orders are
 * unique, that dates are real and not in the future, that every link has an allowed form, and
 * that a moved page's old address is not a live chapter. Links to pages and fragments cannot be
 * judged before the pages exist: they come back as claims, checked against the rendered site
 * (src/checks/rendered-checks.ts). Pure: it receives what the files say and returns problems.
 */
import type { ContentProblem } from '../site/content-errors.ts';
import type { Aliases } from '../share/aliases.ts';
import type { ChapterScan } from '../content/chapter-scan.ts';
import { classifyLink } from '../site/link-rules.ts';
import { chapterPath } from '../site/site.ts';

export interface ChapterInput {
  /** The chapter id, from its file name. */
  id: string;
  /** Source file, relative to the project root. */
  file: string;
  scan: ChapterScan;
}

/** A data-file entry's cross-references. */
export interface DataEntryInput {
  collection: string;
  file: string;
  id: string;
  /** Source ids it cites (rendered as citations by its component). */
  sources: readonly string[];
  /** Field name (e.g. "link", "options[2].link") to link. */
  links: Readonly<Record<string, string>>;
  /** Display order, for collections ordered by a field (decision questions). */
  order?: number | undefined;
}

export interface ContentInput {
  /** The build's date: "updated" may not be later. */
  today: Date;
  sourceIds: readonly string[];
  /** Where each source is listed, for messages about it. */
  sourcesFile: string;
  chapters: readonly ChapterInput[];
  entries: readonly DataEntryInput[];
  aliases: Aliases;
  aliasesFile: string;
}

/** A link to a site page, to check once the pages are rendered. */
export interface LinkClaim {
  file: string;
  line?: number | undefined;
  field: string;
  /** The page path ("/guide/x/"), with `fragment` ('' for none). */
  path: string;
  fragment: string;
}

export interface SourceCheck {
  problems: ContentProblem[];
  claims: LinkClaim[];
}

/** Whether an MDX body renders the component `name` (e.g. `<FaqList />`). */
export function usesComponent(body: string, name: string): boolean {
  return new RegExp(`<${name}[\\s/>]`).test(body);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a front-matter date is wrong: not YYYY-MM-DD, not a real day, or after `today`. */
export function dateProblem(value: unknown, today: Date): string | undefined {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const parts = ISO_DATE.exec(text);
  if (!parts) return `expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}`;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `${text} is not a day of the calendar`;
  const todayText = today.toISOString().slice(0, 10);
  if (text > todayText) return `${text} is in the future (the build runs on ${todayText})`;
  return undefined;
}

/** Checks one link's form; a site link becomes a claim. */
function checkLink(
  link: { file: string; line?: number | undefined; field: string; url: string },
  from: string | undefined,
  result: SourceCheck,
): void {
  const target = classifyLink(link.url);
  const { file, line, field } = link;
  if (target.kind === 'refused') result.problems.push({ file, line, field, message: `refused ${target.problem}` });
  else if (target.kind === 'site') {
    const path = target.path ?? from;
    if (path === undefined) result.problems.push({ file, line, field, message: 'a same-page link outside a page' });
    else result.claims.push({ file, line, field, path, fragment: target.fragment });
  }
}

/** Reports every value that occurs more than once among `items` of one group. */
function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined, report: (item: T, first: T) => void): void {
  const firstByKey = new Map<string, T>();
  for (const item of items) {
    const value = key(item);
    if (value === undefined) continue;
    const first = firstByKey.get(value);
    if (first === undefined) firstByKey.set(value, item);
    else report(item, first);
  }
}

interface FrontMatter {
  order?: unknown;
  group?: unknown;
  updated?: unknown;
}

export function checkContentSources(input: ContentInput): SourceCheck {
  const result: SourceCheck = { problems: [], claims: [] };
  const { problems } = result;
  const known = new Set(input.sourceIds);
  const cited = new Set<string>();

  for (const { id, file, scan } of input.chapters) {
    problems.push(...scan.problems);
    const front = (typeof scan.frontMatter === 'object' && scan.frontMatter !== null ? scan.frontMatter : {}) as FrontMatter;
    // Malformed fields are left to the collection schema, which names them.
    if (front.updated !== undefined) {
      const problem = dateProblem(front.updated, input.today);
      if (problem) problems.push({ file, field: 'updated', message: problem });
    }
    for (const source of scan.citedIds) {
      cited.add(source);
      if (!known.has(source)) problems.push({ file, field: `body <Cite s="${source}">`, message: `unknown source id "${source}"` });
    }
    for (const link of scan.links) {
      checkLink({ file, line: link.line, field: `${link.form} ${link.url}`, url: link.url }, chapterPath(id), result);
    }
  }

  const fronts = input.chapters.map((chapter) => ({ ...chapter, front: (chapter.scan.frontMatter ?? {}) as FrontMatter }));
  duplicates(
    fronts,
    ({ front }) => (typeof front.order === 'number' && typeof front.group === 'string' ? `${front.group}\0${front.order}` : undefined),
    (chapter, first) =>
      problems.push({
        file: chapter.file,
        field: 'order',
        message: `${String(chapter.front.order)} is also the order of ${first.file} in the group "${String(chapter.front.group)}"; give each chapter of a group its own order`,
      }),
  );

  for (const entry of input.entries) {
    const { file } = entry;
    const label = `entry "${entry.id}"`;
    for (const source of entry.sources) {
      cited.add(source);
      if (!known.has(source)) problems.push({ file, field: `${label} › sources`, message: `unknown source id "${source}"` });
    }
    for (const [field, url] of Object.entries(entry.links)) checkLink({ file, field: `${label} › ${field}`, url }, undefined, result);
  }
  duplicates(
    input.entries.filter((entry) => entry.order !== undefined),
    (entry) => `${entry.collection}\0${entry.order}`,
    (entry, first) =>
      problems.push({
        file: entry.file,
        field: `entry "${entry.id}" › order`,
        message: `${entry.order} is also the order of entry "${first.id}"`,
      }),
  );

  for (const id of input.sourceIds) {
    if (!cited.has(id)) {
      problems.push({
        file: input.sourcesFile,
        field: `entry "${id}"`,
        message: `never cited; cite it with <Cite s="${id}" /> where it backs a claim, or remove it`,
      });
    }
  }

  const chapterPaths = new Set(input.chapters.map(({ id }) => chapterPath(id)));
  input.aliases.pages.forEach(({ from }, i) => {
    if (chapterPaths.has(from)) {
      problems.push({
        file: input.aliasesFile,
        field: `pages[${i}].from`,
        message: `${from} is a live chapter; a moved page's old address must not have a page of its own`,
      });
    }
  });
  return result;
}
