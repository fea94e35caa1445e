/**
 * The whole content check as two pure steps, so tests can run every case in memory in
 * milliseconds; src/checks/content-gate.ts only reads the files and the built pages.
 *
 * 1. checkContentFolder, before rendering: bytes and names (content-files.ts), each data file
 *    through its schema (yaml-collection.ts), the aliases, each chapter's front matter, links
 *    and citations (chapter-scan.ts), then the cross-references (content-integrity.ts).
 * 2. checkBuiltPages, after rendering: links, the anchor registry and the aliases against the
 *    pages the build wrote (rendered-pages.ts, rendered-checks.ts).
 */
import type { Aliases } from '../share/aliases.ts';
import { ALIASES_FILE, parseAliasesFile } from '../share/aliases-file.ts';
import { chapterScan, scanChapter, type ChapterRecord } from '../content/chapter-scan.ts';
import { ContentError, type ContentProblem } from '../site/content-errors.ts';
import { chapterIdOf, checkContentFiles, type ContentFile } from '../content/content-files.ts';
import { checkContentSources, type DataEntryInput, type LinkClaim } from './content-integrity.ts';
import { DATA_FILES, FACTS_FILE, SOURCES_FILE } from '../content/data-files.ts';
import { checkRenderedSite, type Registry } from './rendered-checks.ts';
import { readRenderedPage, type RenderedPage } from '../site/rendered-pages.ts';
import { parseYamlCollection } from '../content/yaml-collection.ts';
import { checkChapterFacts, checkFactDates, parseFacts } from '../content/fact-checks.ts';
import { checkEvidence } from './claim-checks.ts';
import { chapterPath } from '../site/site.ts';
import { checkAdvisories, checkWeightBases, type ClaimVerdicts } from '../decision/decision-basis.ts';
import { checkMeasuredClaims } from './bench-claims-check.ts';
import { BENCHMARKS_FILE } from '../benchmark/benchmark-results.ts';

/** The anchor registry: every page and fragment the site has published (README, "Links that never break"). */
export const REGISTRY_FILE = 'content/anchors.json';

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
    // --- added by decision: a weight's guide section must exist like any link ---
    const restsOn = (option as { restsOn?: unknown }).restsOn;
    if (typeof restsOn === 'string' && restsOn.startsWith('/')) links[`options[${i}].restsOn`] = restsOn;
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
  /**
   * Each data file's entries as checked here, by collection, for the build steps that use one
   * (the search index takes the synonyms): they cannot read the collections.
   */
  dataEntries: ReadonlyMap<string, readonly Record<string, unknown>[]>;
}

/**
 * Where step 1 finds each chapter's record (what one walk of its tree found, chapter-scan.ts):
 * - a map from chapter file to the record the Markdown pipeline made as the chapter compiled (the
 *   build: one parse per chapter, src/checks/content-gate.ts);
 * - DATA_FILES_ONLY: nowhere yet; the chapters are left out and the data files checked alone (the
 *   build's first look, before any chapter compiles);
 * - undefined: each chapter is parsed here (tests, `astro dev`).
 */
export type ChapterRecords = ReadonlyMap<string, ChapterRecord> | typeof DATA_FILES_ONLY | undefined;
export const DATA_FILES_ONLY = 'data files only';

/** Step 1: every check that needs only the files under content/ (and the chapters' records). */
export function checkContentFolder(
  files: readonly ContentFile[],
  today: Date,
  records?: ChapterRecords,
  // The stance matrix's verdicts; by default read from content/claims.yaml (a test may pass its own).
  givenVerdicts?: ClaimVerdicts,
): FolderCheck {
  const { texts, problems } = checkContentFiles(files);
  const text = (file: string) => texts.get(file);

  const factsText = text(FACTS_FILE);
  const facts = (factsText === undefined ? undefined : collect(problems, () => parseFacts(factsText))) ?? new Map();
  problems.push(...checkFactDates(facts, today));
  const sourcesText = text(SOURCES_FILE);
  const sources =
    sourcesText === undefined
      ? []
      : (collect(problems, () => parseYamlCollection(SOURCES_FILE, sourcesText, DATA_FILES.sources.schema, { facts })) ?? []);
  // A fact's sources count as cited: the figure shows wherever a chapter uses it.
  const entries: DataEntryInput[] = [...facts.values()].map((fact) => ({
    collection: 'facts',
    file: FACTS_FILE,
    id: fact.id,
    sources: fact.source,
    links: {},
    order: undefined,
  }));
  // Each data file's entries, parsed once here, for every check that reads them.
  const parsedEntries = new Map<string, { file: string; entries: Record<string, unknown>[] }>([
    ['facts', { file: FACTS_FILE, entries: [...facts.values()] }],
    ['sources', { file: SOURCES_FILE, entries: sources }],
  ]);
  // Every other data file's entries cite sources and may link into the site (the claims' entries
  // come from checkEvidence, which parses that file with its cross-checks).
  for (const [collection, { file, schema }] of Object.entries(DATA_FILES)) {
    if (collection === 'facts' || collection === 'sources' || collection === 'claims') continue;
    const fileText = text(file);
    if (fileText === undefined) continue;
    const parsed = collect(problems, () => parseYamlCollection(file, fileText, schema, { facts })) ?? [];
    parsedEntries.set(collection, { file, entries: parsed });
    for (const entry of parsed) entries.push(entryInput(collection, file, entry));
  }
  const chapters =
    records === DATA_FILES_ONLY
      ? []
      : [...texts].flatMap(([file, body]) => {
          const id = chapterIdOf(file);
          if (id === undefined) return [];
          if (records === undefined) return [{ id, file, scan: scanChapter(file, body) }];
          const record = records.get(file);
          if (record) return [{ id, file, scan: chapterScan(file, body, record) }];
          problems.push({
            file,
            field: '(file)',
            message: 'the Markdown pipeline kept no record of this chapter (src/content/chapter-record.ts)',
          });
          return [];
        });
  // Data files alone: the chapters' texts wait for their records.
  const checkedTexts = records === DATA_FILES_ONLY ? new Map([...texts].filter(([file]) => chapterIdOf(file) === undefined)) : texts;
  // Added by evidence: the claims data, and counts and release dates typed instead of rendered.
  // Chapters are checked on the prose their one walk recorded, data files on their text.
  const chapterProse = new Map(chapters.map(({ file, scan }) => [file, scan.prose]));
  const readerTexts = new Map([...checkedTexts].map(([file, fileText]) => [file, chapterProse.get(file) ?? fileText]));
  const evidence = checkEvidence(readerTexts, facts, new Set(sources.map((source) => String(source.id))));
  problems.push(...evidence.problems);
  entries.push(...evidence.entries);
  // What decision weights may rest on: the claims' verdicts, from the parse checkEvidence made.
  const claimVerdicts: ClaimVerdicts | undefined =
    givenVerdicts ??
    (text(DATA_FILES.claims.file) === undefined ? undefined : new Map(evidence.claims.map((claim) => [claim.id, claim.verdict])));
  const decision = parsedEntries.get('decision');
  if (decision) {
    const questions = decision.entries as unknown as Parameters<typeof checkWeightBases>[1];
    problems.push(...checkWeightBases(decision.file, questions, claimVerdicts));
    const advisories = (parsedEntries.get('advisories')?.entries ?? []) as unknown as Parameters<typeof checkAdvisories>[3];
    problems.push(...checkAdvisories(decision.file, questions, DATA_FILES.advisories.file, advisories));
  }
  const aliasesText = text(ALIASES_FILE);
  const aliases = (aliasesText === undefined ? undefined : collect(problems, () => parseAliasesFile(aliasesText))) ?? {
    fragments: [],
    pages: [],
  };

  for (const { file, scan } of chapters) problems.push(...checkChapterFacts(file, scan, facts));
  // Measured claims (speed, CPU, memory, start-up, size) held to content/benchmarks.json. The
  // claims data is exempt: it records what the articles claim, and its verdicts cite the metrics.
  problems.push(...checkMeasuredClaims(checkedTexts, BENCHMARKS_FILE, parsedEntries, chapters));
  const chapterFiles = new Map(chapters.map(({ id, file }) => [chapterPath(id), file]));
  // Cross-references are judged only once every file reads: a broken file would make them noise.
  const dataEntries = new Map([...parsedEntries].map(([collection, { entries: parsed }]) => [collection, parsed]));
  if (problems.length > 0 || records === DATA_FILES_ONLY) return { problems, aliases, chapterFiles, claims: [], dataEntries };
  const checked = checkContentSources({
    today,
    sourceIds: sources.map((source) => String(source.id)),
    sourcesFile: SOURCES_FILE,
    chapters,
    entries,
    aliases,
    aliasesFile: ALIASES_FILE,
  });
  return { problems: checked.problems, aliases, chapterFiles, claims: checked.claims, dataEntries };
}

/** A built HTML page: its URL path without the base ("/guide/x/") and its markup. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Step 2: links, the anchor registry and the aliases against the pages the build wrote. */
export function checkBuiltPages(pages: readonly BuiltPage[], folder: Omit<FolderCheck, 'problems'>, registry: Registry): ContentProblem[] {
  return checkRenderedPages(
    pages.map(({ path, html }) => ({ path, page: readRenderedPage(html) })),
    folder,
    registry,
  );
}

/** Step 2 on pages already read (readRenderedPage): the build reads each page once, as it walks them. */
export function checkRenderedPages(
  pages: Iterable<{ path: string; page: RenderedPage }>,
  folder: Omit<FolderCheck, 'problems'>,
  registry: Registry,
): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  const movedPages = new Set<string>();
  const duplicateIds = new Map<string, string[]>();
  for (const { path, page } of pages) {
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
