/**
 * Release dates typed next to a package name ("Flask-SocketIO, February 2026", "Django 6.0
 * (2025-12-03)") go stale like typed versions, and the registry already holds them: the content
 * check fails on each, naming the file and line (fact-checks.ts). Pure.
 */
import { chapterIdOf } from './content-files.ts';
import type { Fact } from './fact-schema.ts';
import { lineAt } from './claims.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "February 2026", "18 February 2026", "2026-02" and "2026-02-18"; a bare year is not a release date. */
const DATE = String.raw`(?:(?:\d{1,2}\s+)?${MONTH}\s+\d{4}|\b\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b)`;
/** Dates that are not a package's: "the December 2020 article", "as of June 2026", "a June 2026 snapshot". */
const NOT_A_RELEASE = String.raw`(?<!\bas of\s+)`;
const NOT_A_RELEASE_AFTER = String.raw`(?!\s+(?:article|snapshot|survey|edition))`;

/** How far after the name a date still reads as its date: the same clause, a few words on. */
const MAX_GAP = 40;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The names prose uses for the packages the registry tracks: each entry's `names`, or its
 * `package` when it names none. Case matters ("Channels" the package, "channels" the word).
 */
export function trackedPackageNames(facts: Iterable<Fact>): string[] {
  const names = new Set<string>();
  for (const fact of facts) {
    for (const name of fact.names ?? (fact.package ? [fact.package] : [])) names.add(name);
  }
  // Longest first, so "Flask-SocketIO" is reported as itself rather than as "Flask".
  return [...names].sort((a, b) => b.length - a.length);
}

export interface TypedDate {
  /** 1-based line in the text that was searched. */
  line: number;
  name: string;
  date: string;
}

/**
 * Dates within MAX_GAP characters after a tracked name, in the same sentence (no ".", ";" or ":"
 * between them, so "Flask 3.1. In March 2026 …" is not one; a line break is fine, as in folded
 * YAML). "No release since October 2023" dates the last release, so it is reported too.
 */
export function findTypedDates(text: string, names: readonly string[]): TypedDate[] {
  if (names.length === 0) return [];
  const pattern = new RegExp(
    String.raw`(?<![\w-])(${names.map(escape).join('|')})(?![\w-])(?:[^.;:\n]|\n(?![ \t]*\n)|\.(?=\d)){0,${MAX_GAP}}?(?<![\w-])${NOT_A_RELEASE}(${DATE})${NOT_A_RELEASE_AFTER}`,
    'g',
  );
  return [...text.matchAll(pattern)].map((match) => ({
    line: lineAt(text, match.index + match[0].length - match[2]!.length),
    name: match[1]!,
    date: match[2]!.replace(/\s+/g, ' '),
  }));
}

/** YAML text a reader sees: comment lines, code spans, URLs and fact references blanked, lines kept. */
function yamlProse(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      /^\s*#/.test(line) || /^\s*-?\s*(?:url|title):/.test(line)
        ? ''
        : line
            .replace(/`[^`\n]+`/g, ' ')
            .replace(/https?:\/\/\S+/g, ' ')
            .replace(/\{\{[^}]*\}\}/g, ' '),
    )
    .join('\n');
}

/**
 * The reader-facing text of a content file with its lines kept, or undefined for files that
 * are not prose or data (the registry itself is where dates belong). A chapter's text is taken
 * to be its prose already, as its one walk recorded it (ChapterRecord.prose in chapter-scan.ts).
 */
export function readerText(file: string, text: string): string | undefined {
  if (chapterIdOf(file) !== undefined) return text;
  if (/^content\/[^/]+\.yaml$/.test(file) && file !== 'content/facts.yaml') return yamlProse(text);
  return undefined;
}
