/**
 * The whole content check as two pure steps, so tests can run every case in memory in
 * milliseconds; src/integrations/content-gate.ts only reads the files and the built pages.
 *
 * 1. checkContentFolder, before rendering: bytes and names (content-files.ts), each data file
 *    through its schema (yaml-collection.ts), the aliases, each chapter's front matter, links
 *    and citations (chapter-scan.ts), then the cross-references (content-integrity.ts).
 * 2. checkBuiltPages, after rendering: links, the anchor registry and the aliases against the
 *    pages the build wrote (rendered-pages.ts, rendered-checks.ts).
 */
import type { z } from 'astro/zod';
import type { Aliases } from './aliases.ts';
import { ALIASES_FILE, parseAliasesFile } from './aliases-file.ts';
import { scanChapter } from './chapter-scan.ts';
import { ContentError, type ContentProblem } from './content-errors.ts';
import { chapterIdOf, checkContentFiles, type ContentFile } from './content-files.ts';
import { checkContentSources, type DataEntryInput, type LinkClaim } from './content-integrity.ts';
import { comparisonRowSchema, decisionQuestionSchema, faqSchema, glossarySchema, proConSchema, sourceSchema } from './content-schemas.ts';
import { checkRenderedSite, type Registry } from './rendered-checks.ts';
import { readRenderedPage } from './rendered-pages.ts';
import { parseYamlCollection } from './yaml-collection.ts';
import { checkChapterFacts, checkFactDates, FACTS_FILE, parseFacts } from './fact-checks.ts';
import { chapterPath } from './site.ts';
// --- added by bench: measured claims held to content/benchmarks.json ---
import { BENCHMARKS_FILE, checkMeasuredClaims } from './bench-claims-check.ts';

/** The anchor registry: every page and fragment the site has published (README, "Links that never break"). */
export const REGISTRY_FILE = 'content/anchors.json';
export const SOURCES_FILE = 'content/sources.yaml';

/** The data files whose entries cite sources or link into the site, with their schemas. */
const DATA_FILES: Readonly<Record<string, z.ZodType>> = {
  comparison: comparisonRowSchema,
  proscons: proConSchema,
  faq: faqSchema,
  glossary: glossarySchema,
  decision: decisionQuestionSchema,
};

/** Runs a parser that throws ContentError, collecting its problems instead. */
function collect<T>(problems: ContentProblem[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

/** An entry's cross-references: its sources, its `link` and its options' links. */
function entryInput(collection: string, file: string, entry: Record<string, unknown>): DataEntryInput {
  const links: Record<string, string> = {};
  if (typeof entry.link === 'string') links.link = entry.link;
  const options = Array.isArray(entry.options) ? (entry.options as { link?: unknown }[]) : [];
  options.forEach((option, i) => {
    if (typeof option.link === 'string') links[`options[${i}].link`] = option.link;
  });
  return {
    collection,
    file,
    id: String(entry.id),
    sources: Array.isArray(entry.sources) ? (entry.sources as string[]) : [],
    links,
    order: typeof entry.order === 'number' ? entry.order : undefined,
  };
}

export interface FolderCheck {
  problems: ContentProblem[];
  aliases: Aliases;
  /** Page path → chapter file, for messages about a rendered chapter. */
  chapterFiles: ReadonlyMap<string, string>;
  /** Site links found in content, checked by checkBuiltPages. */
  claims: LinkClaim[];
}

/**
 * Step 1: every check that needs only the files under content/. `codeEntries` are entries whose
 * wording lives in code but whose links are checked like content (the decision tool's advisories).
 */
export function checkContentFolder(files: readonly ContentFile[], today: Date, codeEntries: readonly DataEntryInput[] = []): FolderCheck {
  const { texts, problems } = checkContentFiles(files);
  const text = (file: string) => texts.get(file);

  const factsText = text(FACTS_FILE);
  const facts = (factsText === undefined ? undefined : collect(problems, () => parseFacts(factsText))) ?? new Map();
  problems.push(...checkFactDates(facts, today));
  const sourcesText = text(SOURCES_FILE);
  const sources =
    sourcesText === undefined
      ? []
      : (collect(problems, () => parseYamlCollection(SOURCES_FILE, sourcesText, sourceSchema, { facts })) ?? []);
  // A fact's sources count as cited: the figure shows wherever a chapter uses it.
  const entries: DataEntryInput[] = [...facts.values()].map((fact) => ({
    collection: 'facts',
    file: FACTS_FILE,
    id: fact.id,
    sources: fact.source,
    links: {},
    order: undefined,
  }));
  for (const [collection, schema] of Object.entries(DATA_FILES)) {
    const file = `content/${collection}.yaml`;
    const fileText = text(file);
    if (fileText === undefined) continue;
    for (const entry of collect(problems, () => parseYamlCollection(file, fileText, schema, { facts })) ?? []) {
      entries.push(entryInput(collection, file, entry));
    }
  }
  entries.push(...codeEntries);
  const aliasesText = text(ALIASES_FILE);
  const aliases = (aliasesText === undefined ? undefined : collect(problems, () => parseAliasesFile(aliasesText))) ?? {
    fragments: [],
    pages: [],
  };

  const chapters = [...texts].flatMap(([file, body]) => {
    const id = chapterIdOf(file);
    return id === undefined ? [] : [{ id, file, scan: scanChapter(file, body) }];
  });
  for (const { file, scan } of chapters) problems.push(...checkChapterFacts(file, texts.get(file)!, scan.factRefs, facts));
  // --- added by bench ---
  problems.push(...checkMeasuredClaims(texts, BENCHMARKS_FILE, DATA_FILES, facts));
  const chapterFiles = new Map(chapters.map(({ id, file }) => [chapterPath(id), file]));
  // Cross-references are judged only once every file reads: a broken file would make them noise.
  if (problems.length > 0) return { problems, aliases, chapterFiles, claims: [] };
  const checked = checkContentSources({
    today,
    sourceIds: sources.map((source) => String(source.id)),
    sourcesFile: SOURCES_FILE,
    chapters,
    entries,
    aliases,
    aliasesFile: ALIASES_FILE,
  });
  return { problems: checked.problems, aliases, chapterFiles, claims: checked.claims };
}

/** A built HTML page: its URL path without the base ("/guide/x/") and its markup. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Step 2: links, the anchor registry and the aliases against the pages the build wrote. */
export function checkBuiltPages(pages: readonly BuiltPage[], folder: Omit<FolderCheck, 'problems'>, registry: Registry): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  const movedPages = new Set<string>();
  const duplicateIds = new Map<string, string[]>();
  for (const { path, html } of pages) {
    const page = readRenderedPage(html);
    ids.set(path, page.ids);
    if (page.moved) movedPages.add(path);
    if (page.duplicateIds.length > 0) duplicateIds.set(path, page.duplicateIds);
  }
  return checkRenderedSite({
    site: { pages: ids, movedPages, duplicateIds, sourceFiles: folder.chapterFiles },
    claims: folder.claims,
    aliases: folder.aliases,
    aliasesFile: ALIASES_FILE,
    registry,
    registryFile: REGISTRY_FILE,
  });
}
