/**
 * Checks on the content folder as files, before anything parses them: every file is UTF-8
 * (a stray Latin-1 byte would otherwise publish as "�" or fail with an unrelated error), no two
 * names differ only in case (one would overwrite the other on a case-insensitive disk or host,
 * and chapter ids are lower-case anyway), and every chapter's file name is a valid id, since it
 * becomes the page's address. Pure: it receives paths and bytes.
 */
import type { ContentProblem } from '../site/content-errors.ts';
import { ID_PATTERN } from './content-schemas.ts';

export interface ContentFile {
  /** Path relative to the project root, with "/" separators, e.g. "content/guide/overview.mdx". */
  path: string;
  /** Absent for a data file: its collection's loader decodes it (src/content/loaded-data.ts); only its name counts here. */
  bytes?: Uint8Array;
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

export const CHAPTER_DIR = 'content/guide/';

/** The chapter id a file name gives, or undefined for files that are not chapters. */
export function chapterIdOf(path: string): string | undefined {
  if (!path.startsWith(CHAPTER_DIR) || !path.endsWith('.mdx')) return undefined;
  return path.slice(CHAPTER_DIR.length, -'.mdx'.length);
}

/** Decodes every file and checks the names; returns the texts of the files that decode. */
export function checkContentFiles(files: readonly ContentFile[]): { texts: Map<string, string>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const texts = new Map<string, string>();
  const byFoldedName = new Map<string, string>();
  for (const { path, bytes } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const decoded = bytes && decodeUtf8(bytes);
    if (decoded && 'text' in decoded) texts.set(path, decoded.text);
    else if (decoded) problems.push({ file: path, line: decoded.badLine, field: '(file)', message: 'not valid UTF-8; save the file as UTF-8' });

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
  return { texts, problems };
}
