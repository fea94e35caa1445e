import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { recordChapterTree, type ChapterRecord } from './chapter-scan.ts';

/** Where the record lands in the entry's render metadata: `render(entry).remarkPluginFrontmatter.chapter`. */
export const RECORD_KEY = 'chapter';

/**
 * The chapter's tree as parsed, before any plugin changes it, for its Markdown twin
 * (src/export/markdown-twins.ts): a copy without source positions and JSX expression trees, which
 * the twin does not read.
 */
function plainTree(root: unknown): Root {
  return JSON.parse(JSON.stringify(root, (key, value: unknown) => (key === 'position' || key === 'estree' ? undefined : value))) as Root;
}

/** Called with each chapter's record and its file (absolute path) as the chapter compiles. */
export type KeepRecord = (record: ChapterRecord, file: string) => void;

/**
 * Records, as each chapter renders, what the rest of the build needs from its text: one walk of
 * the tree (src/content/chapter-scan.ts), stored in the entry's render metadata the way Astro's
 * remark plugins add to `remarkPluginFrontmatter` (Starlight does the same with its own remark
 * plugins' data). The page's citations (src/guide/page-sources.ts), the share cards' section
 * summaries (src/guide/chapter-sections.ts) and the Markdown twins (src/export/markdown-twins.ts)
 * read it there; the content check (src/checks/content-gate.ts) takes it through `keep` before any
 * page renders. So no part of the build parses a chapter again or reads its source with a pattern.
 */
export function chapterRecordPlugin(keep?: KeepRecord) {
  return defineMdastPlugin({
    name: 'chapter-record',
    options: { position: true },
    before(root, ctx) {
      if (ctx.sourceFormat !== 'mdx') return;
      const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
      if (!astro?.frontmatter) return;
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a chapter';
      // Astro's MDX compiler blanks the front matter but keeps its lines, so positions are the file's lines.
      const record = recordChapterTree(file, root as unknown as Root);
      keep?.(record, file);
      astro.frontmatter[RECORD_KEY] = { elements: record.elements, sectionSummaries: record.sectionSummaries, tree: plainTree(root) };
    },
  });
}
