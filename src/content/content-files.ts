/**
 * Checks on content as files: every file is UTF-8 (a stray Latin-1 byte would otherwise publish
 * as "�" or fail with an unrelated error), no two names differ only in case (one would overwrite
 * the other on a case-insensitive disk or host, and chapter ids are lower-case anyway), and every
 * chapter's file name is a valid id, since it becomes the page's address. The data loaders decode
 * their files here (decodeUtf8, src/content/loaded-data.ts); the chapters arrive decoded by Astro,
 * so the gate looks for the U+FFFD a bad byte became; the names are those the loaders handed
 * over. Pure: it receives paths, bytes and texts.
 */
import type { ContentProblem } from '../site/content-errors.ts';
import { ID_PATTERN } from './content-schemas.ts';

export interface ContentFile {
  /** Path relative to the project root, with "/" separators, e.g. "content/guide/overview.mdx". */
  path: string;
  bytes: Uint8Array;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or the 1-based line of its first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines decode alone.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        return { badLine: line };
      }
      if (end === -1) return { badLine: line };
      start = end + 1;
    }
  }
}

/** What a file with a byte that is not UTF-8 is told, at the line decodeUtf8 found. */
export function notUtf8Problem(file: string, line: number): ContentProblem {
  return { file, line, field: '(file)', message: 'not valid UTF-8; save the file as UTF-8' };
}

/** Content in path order, the order problems and chapters are reported in whatever order they loaded. */
export const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : 1);

export const CHAPTER_DIR = 'content/guide/';

/** The chapter id a file name gives, or undefined for files that are not chapters. */
export function chapterIdOf(path: string): string | undefined {
  if (!path.startsWith(CHAPTER_DIR) || !path.endsWith('.mdx')) return undefined;
  return path.slice(CHAPTER_DIR.length, -'.mdx'.length);
}

/** The 1-based line of a text's first U+FFFD, the character a decoder puts for bytes that are not UTF-8. */
export function replacementCharacterLine(text: string): number | undefined {
  const at = text.indexOf('\uFFFD');
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

/** What a chapter with a U+FFFD is told: Astro decodes the file as UTF-8, so a stray byte arrives as one. */
export const REPLACEMENT_CHARACTER_MESSAGE = 'not valid UTF-8 (or a U+FFFD character); save the file as UTF-8';

/** Files whose bytes are checked as they are (the benchmark apps under content/bench/, by their test). */
export function checkFileBytes(files: readonly ContentFile[]): ContentProblem[] {
  return files.flatMap(({ path, bytes }) => {
    const decoded = decodeUtf8(bytes);
    return 'badLine' in decoded ? [notUtf8Problem(path, decoded.badLine)] : [];
  });
}

/** The names of the files the loaders read: no case twins, and every chapter's name a valid id. */
export function checkFileNames(paths: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byFoldedName = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const folded = path.toLowerCase();
    const twin = byFoldedName.get(folded);
    if (twin) problems.push({ file: path, field: '(file name)', message: `differs from ${twin} only in upper/lower case; rename one` });
    else byFoldedName.set(folded, path);

    const id = chapterIdOf(path);
    if (id !== undefined && !ID_PATTERN.test(id)) {
      problems.push({
        file: path,
        field: '(file name)',
        message: `the chapter id "${id}" becomes the page address /guide/${id}/; use lower-case words joined by hyphens, e.g. "data-layer.mdx"`,
      });
    }
  }
  return problems;
}
