/**
 * The chapters (content/guide/*.mdx) as the `guide` collection: Astro's own `glob()` loader, which
 * reads each file once and hands it to the MDX pipeline, wrapped so that the content gate
 * (src/checks/content-gate.ts) receives every chapter's text through the same hook as the data
 * files (src/content/loaded-data.ts) instead of reading content/guide/ a second time.
 *
 * The gate needs each file's whole text, as Astro decoded it: the front matter as written (the
 * store keeps it parsed, where YAML has already turned an impossible date such as 2026-02-30 into
 * 2 March) and the body at its own lines (the store keeps it trimmed, without the front matter).
 * `glob()` passes exactly that text to the loader context's `generateDigest` and keeps the result
 * as the entry's `digest`, so the wrapper gives it a `generateDigest` that remembers each text by
 * its digest. tests/unit/guide-loader.test.ts runs Astro's real loader to pin that behaviour: if
 * an upgrade changes what `glob()` digests, the test and the build both name this file.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { handOver } from './loaded-data.ts';
import type { ContentProblem } from '../site/content-errors.ts';
import { byFile, CHAPTER_DIR } from './content-files.ts';

/** The collection's name in src/content.config.ts. */
export const GUIDE_COLLECTION = 'guide';

/** One chapter as its loader read it: its path from the project root and its whole text. */
export interface ChapterText {
  file: string;
  text: string;
}

export function guideLoader(): Loader {
  // The entry id is the file name as written (default ids are slugs, which would fold
  // "Overview.mdx" into "overview" and hide a case twin or a badly named chapter from the gate,
  // which names both); for every file name the gate accepts, the two are the same.
  const inner = glob({ pattern: '**/*.mdx', base: CHAPTER_DIR, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'guide-loader',
    load: async (context: LoaderContext) => {
      const textByDigest = new Map<string, string>();
      // Only while the collection loads: the texts are handed over once, then let go.
      let loading = true;
      const generateDigest: LoaderContext['generateDigest'] = (data) => {
        const digest = context.generateDigest(data);
        if (loading && typeof data === 'string') textByDigest.set(digest, data);
        return digest;
      };
      await inner.load({ ...context, generateDigest });
      loading = false;
      const chapters: ChapterText[] = [];
      const problems: ContentProblem[] = [];
      for (const { filePath, digest } of context.store.values()) {
        if (filePath === undefined) continue;
        const text = textByDigest.get(String(digest));
        if (text === undefined) {
          problems.push({ file: filePath, field: '(file)', message: "Astro's glob() loader did not pass the chapter's text to generateDigest; see src/content/guide-loader.ts" });
        } else chapters.push({ file: filePath, text });
      }
      // glob() loads files in parallel: file order keeps the chapters and their problems stable.
      chapters.sort(byFile);
      problems.sort(byFile);
      textByDigest.clear();
      handOver(context.config, { collection: context.collection, file: CHAPTER_DIR, text: '', value: chapters, problems });
    },
  };
}
