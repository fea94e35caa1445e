/**
 * The whole content check as two pure steps, so tests can run every case in memory in
 * milliseconds; src/checks/content-gate.ts feeds them what the loaders handed over and the built pages.
 *
 * 1. checkLoadedContent, before rendering (checkContentFolder on files held in memory): names
 *    and encodings (content-files.ts), each data file through its schema (yaml-collection.ts),
 *    the aliases, each chapter's front matter, links and citations (chapter-scan.ts), then the
 *    cross-references (content-integrity.ts).
 * 2. checkBuiltPages, after rendering: links, the anchor registry and the aliases against the
 *    pages the build wrote (rendered-pages.ts, rendered-checks.ts).
 */
import type { Aliases } from '../share/aliases.ts';
import { ALIASES_FILE, parseAliasesFile } from '../share/aliases-file.ts';
import { chapterScan, scanChapter, type ChapterRecord } from '../content/chapter-scan.ts';
import type { ContentProblem } from '../site/content-errors.ts';
import {
  byFile,
  CHAPTER_DIR,
  chapterIdOf,
  checkFileNames,
  REPLACEMENT_CHARACTER_MESSAGE,
  replacementCharacterLine,
  type ContentFile,
} from '../content/content-files.ts';
import { GUIDE_COLLECTION, type ChapterText } from '../content/guide-loader.ts';
import { checkContentSources, type DataEntryInput, type LinkClaim } from './content-integrity.ts';
import { DATA_FILES, FACTS_FILE, SOURCES_FILE, type DataCollection } from '../content/data-files.ts';
import { checkRenderedSite, type Registry } from './rendered-checks.ts';
import { readRenderedPage, type RenderedPage } from '../site/rendered-pages.ts';
import type { ParsedEntry } from '../content/yaml-collection.ts';
import { loadYamlDataFile } from '../content/yaml-loader.ts';
import { EXAMPLES_COLLECTION, EXAMPLES_DIR, type ExampleFiles } from '../content/examples-loader.ts';
import { checkChapterFacts, checkFactDates } from '../content/fact-checks.ts';
import type { Fact } from '../content/fact-schema.ts';
import type { Claim } from '../content/claim-schema.ts';
import { resolveEntryReferences, type ResolvedEntry } from '../content/facts.ts';
import { loadDataFile, type LoadedDataFile } from '../content/loaded-data.ts';
import { parseJsonText } from '../content/json-loader.ts';
import { benchComparisons } from '../benchmark/bench-compare.ts';
import type { BenchmarkResults } from '../benchmark/benchmark-schema.ts';
import { checkEvidence } from './claim-checks.ts';
import { chapterPath } from '../site/site.ts';
import { checkAdvisories, checkWeightBases, type ClaimVerdicts } from '../decision/decision-basis.ts';
import { checkMeasuredClaims } from './bench-claims-check.ts';
import { BENCHMARKS_FILE, parseBenchmarkResults } from '../benchmark/benchmark-results.ts';

/** The anchor registry: every page and fragment the site has published (README, "Links that never break"). */
export const REGISTRY_FILE = 'content/anchors.json';
/** Its collection in src/content.config.ts (one entry, "registry"), which the gate's check of the written pages takes. */
export const REGISTRY_COLLECTION = 'anchors';

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

/** The collections of data files that are not rows of src/content/data-files.ts (src/content.config.ts names them so). */
export const ALIASES_COLLECTION = 'aliases';
export const BENCHMARKS_COLLECTION = 'benchmarks';

/** Every data file's path, and the collection its loader fills. */
const DATA_FILE_COLLECTIONS = new Map<string, string>([
  ...Object.entries(DATA_FILES).map(([collection, { file }]) => [file, collection] as const),
  [ALIASES_FILE, ALIASES_COLLECTION],
  [BENCHMARKS_FILE, BENCHMARKS_COLLECTION],
]);

/**
 * Every data file among `files` through the parse its collection's loader uses
 * (src/content/yaml-loader.ts, json-loader.ts): what the content check run in memory sees is what
 * a build's loaders hand to the gate.
 */
export function loadDataFiles(files: readonly ContentFile[]): Map<string, LoadedDataFile> {
  const bytesOf = new Map(files.map(({ path, bytes }) => [path, bytes]));
  const loaded = new Map<string, LoadedDataFile>();
  for (const [file, collection] of DATA_FILE_COLLECTIONS) {
    const bytes = bytesOf.get(file);
    if (bytes === undefined) continue;
    if (collection in DATA_FILES) loaded.set(collection, loadYamlDataFile(collection as DataCollection, bytes));
    else if (collection === ALIASES_COLLECTION)
      loaded.set(
        collection,
        loadDataFile(collection, file, bytes, (text) => parseAliasesFile(text)),
      );
    else
      loaded.set(
        collection,
        loadDataFile(collection, file, bytes, (text) => parseBenchmarkResults(parseJsonText(file, text), file)),
      );
  }
  return loaded;
}

/**
 * Step 1 on files held in memory (the tests): each goes where its loader would
 * take it: the data files through their loaders' parse, the chapters decoded as Astro decodes them
 * (a byte that is not UTF-8 becomes U+FFFD), the examples by name; other files (content/bench/)
 * are no collection's and not looked at.
 */
export function checkContentFolder(
  files: readonly ContentFile[],
  today: Date,
  records?: ChapterRecords,
  // The stance matrix's verdicts; by default read from content/claims.yaml (a test may pass its own).
  givenVerdicts?: ClaimVerdicts,
): FolderCheck {
  const loaded = loadDataFiles(files);
  const asAstroReads = new TextDecoder();
  const chapters: ChapterText[] = files
    .filter(({ path }) => chapterIdOf(path) !== undefined)
    .map(({ path, bytes }) => ({ file: path, text: asAstroReads.decode(bytes) }))
    // In path order, as the guide loader hands them over.
    .sort(byFile);
  loaded.set(GUIDE_COLLECTION, { collection: GUIDE_COLLECTION, file: CHAPTER_DIR, text: '', value: chapters, problems: [] });
  const examples = files
    .filter(({ path }) => path.startsWith(EXAMPLES_DIR))
    .map(({ path }) => [path.slice(EXAMPLES_DIR.length), ''] as const);
  loaded.set(EXAMPLES_COLLECTION, {
    collection: EXAMPLES_COLLECTION,
    file: EXAMPLES_DIR,
    text: '',
    value: Object.fromEntries(examples),
    problems: [],
  });
  return checkLoadedContent(loaded, today, records, givenVerdicts);
}

/** The chapters the guide collection's loader handed over (src/content/guide-loader.ts). */
const chaptersOf = (loaded: ReadonlyMap<string, LoadedDataFile>): readonly ChapterText[] =>
  (loaded.get(GUIDE_COLLECTION)?.value as ChapterText[] | undefined) ?? [];

/** The path of every file the loaders handed over: each data file, chapter and example. */
function loadedPaths(loaded: ReadonlyMap<string, LoadedDataFile>): string[] {
  return [...loaded.values()].flatMap(({ collection, file, value }) => {
    if (collection === GUIDE_COLLECTION) return chaptersOf(loaded).map((chapter) => chapter.file);
    if (collection === EXAMPLES_COLLECTION)
      return Object.keys((value as ExampleFiles | undefined) ?? {}).map((path) => `${EXAMPLES_DIR}${path}`);
    return [file];
  });
}

/**
 * Step 1 on what the collections loaded: `loaded` holds each data file, the chapters and the
 * examples as their loaders handed them over (src/content/loaded-data.ts); nothing else is read.
 */
export function checkLoadedContent(
  loaded: ReadonlyMap<string, LoadedDataFile>,
  today: Date,
  records?: ChapterRecords,
  givenVerdicts?: ClaimVerdicts,
): FolderCheck {
  const problems = checkFileNames(loadedPaths(loaded));
  const texts = new Map<string, string>();
  for (const { file, text } of chaptersOf(loaded)) {
    // A damaged chapter is named once, not checked further.
    const line = replacementCharacterLine(text);
    if (line === undefined) texts.set(file, text);
    else problems.push({ file, line, field: '(file)', message: REPLACEMENT_CHARACTER_MESSAGE });
  }
  for (const file of loaded.values()) problems.push(...file.problems);
  for (const { file, text } of loaded.values()) if (text !== '') texts.set(file, text);

  const registryOf = (collection: string) => (loaded.get(collection)?.value as ParsedEntry[] | undefined)?.map(({ data }) => data);
  const registry = registryOf('facts') as unknown as Fact[] | undefined;
  const facts = new Map((registry ?? []).map((fact) => [fact.id, fact]));
  const results = loaded.get(BENCHMARKS_COLLECTION)?.value as BenchmarkResults | undefined;
  const comparisons = results && benchComparisons(results);
  // The data files' entries with their references resolved, as pages show them; an unknown
  // reference is reported naming the file, the entry and the field. A registry that failed to load
  // reports itself instead of one unknown reference per use.
  const resolved = new Map<string, ResolvedEntry[]>();
  const resolvedOf = (collection: string): ResolvedEntry[] => {
    const known = resolved.get(collection);
    if (known) return known;
    const file = loaded.get(collection)?.file ?? '';
    const parsed = (loaded.get(collection)?.value as ParsedEntry[] | undefined) ?? [];
    const entries = parsed.map(({ data }) =>
      collection === 'facts'
        ? { data, benchUnresolved: data }
        : resolveEntryReferences(data, registry && facts, comparisons, (field, message) =>
            problems.push({ file, field: `entry "${String(data.id)}" › ${field}`, message }),
          ),
    );
    resolved.set(collection, entries);
    return entries;
  };
  const entriesOf = (collection: string): Record<string, unknown>[] => resolvedOf(collection).map(({ data }) => data);
  for (const collection of Object.keys(DATA_FILES)) if (loaded.has(collection)) resolvedOf(collection);

  problems.push(...checkFactDates(facts, today));
  const sources = entriesOf('sources');
  // A fact's sources count as cited: the figure shows wherever a chapter uses it.
  const entries: DataEntryInput[] = [...facts.values()].map((fact) => ({
    collection: 'facts',
    file: FACTS_FILE,
    id: fact.id,
    sources: fact.source,
    links: {},
    order: undefined,
  }));
  // Each data file's entries, as loaded, for every check that reads them.
  const parsedEntries = new Map<string, { file: string; entries: Record<string, unknown>[] }>();
  // Every other data file's entries cite sources and may link into the site (the claims' entries
  // come from checkEvidence, with its cross-checks).
  for (const [collection, { file }] of Object.entries(DATA_FILES)) {
    if (!loaded.has(collection)) continue;
    if (collection === 'claims') continue;
    parsedEntries.set(collection, { file, entries: entriesOf(collection) });
    if (collection === 'facts' || collection === 'sources') continue;
    for (const entry of entriesOf(collection)) entries.push(entryInput(collection, file, entry));
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
  const claims = loaded.has('claims') ? (entriesOf('claims') as unknown as Claim[]) : undefined;
  const evidence = checkEvidence(readerTexts, facts, new Set(sources.map((source) => String(source.id))), claims);
  problems.push(...evidence.problems);
  entries.push(...evidence.entries);
  // What decision weights may rest on: the claims' verdicts, from the parse checkEvidence made.
  const claimVerdicts: ClaimVerdicts | undefined =
    givenVerdicts ?? (claims === undefined ? undefined : new Map(evidence.claims.map((claim) => [claim.id, claim.verdict])));
  const decision = parsedEntries.get('decision');
  if (decision) {
    const questions = decision.entries as unknown as Parameters<typeof checkWeightBases>[1];
    problems.push(...checkWeightBases(decision.file, questions, claimVerdicts));
    const advisories = (parsedEntries.get('advisories')?.entries ?? []) as unknown as Parameters<typeof checkAdvisories>[3];
    problems.push(...checkAdvisories(decision.file, questions, DATA_FILES.advisories.file, advisories));
  }
  const aliases = (loaded.get(ALIASES_COLLECTION)?.value as Aliases | undefined) ?? { fragments: [], pages: [] };

  for (const { file, scan } of chapters) problems.push(...checkChapterFacts(file, scan, facts));
  // Measured claims (speed, CPU, memory, start-up, size) held to content/benchmarks.json. The
  // claims data is exempt: it records what the articles claim, and its verdicts cite the metrics.
  const asWritten = new Map(
    [...parsedEntries.keys()].map((collection) => [
      collection,
      { file: parsedEntries.get(collection)!.file, entries: resolvedOf(collection).map((entry) => entry.benchUnresolved) },
    ]),
  );
  problems.push(...checkMeasuredClaims(comparisons, asWritten, chapters));
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
