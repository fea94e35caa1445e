/**
 * Section summaries for share cards (/s/<chapter>/<section>/): the first paragraph of each `##`
 * section of a chapter, as plain text short enough for a link preview. Works on the chapter's
 * Markdown syntax tree (mdast), so citations, emphasis and code read as a reader sees them.
 */
import type { Root } from 'mdast';
// satteri's node type is mdast's, with the MDX node types (JSX, expressions) added.
import type { MdastNode as Nodes } from 'satteri';

/** Link previews cut descriptions at about this many characters. */
export const SUMMARY_LENGTH = 200;
/** Shorter paragraphs (a caption such as "Sources for the table:") do not summarise a section. */
const MIN_SUMMARY_LENGTH = 40;

/** Visible text of an inline tree: JSX components without text children (e.g. `<Cite />`) vanish. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/** One line; no space left before punctuation where a citation was removed. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)\]])/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .trim();
}

/** Cuts text to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max = SUMMARY_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1));
  return `${atWord.replace(/[\s,;:.(\u2013\u2014-]+$/, '')}…`;
}

/** A paragraph as a summary: plain, short, and not ending on a colon that announces something. */
export function summarize(text: string): string {
  return truncate(tidy(text).replace(/[:\s]*:$/, '…'));
}

/**
 * For each top-level `##` heading, in order, the summary of its section: its first paragraph of
 * at least 40 characters before the next `#` or `##` heading, or '' when it has none.
 */
export function sectionSummaries(root: Root): string[] {
  const summaries: string[] = [];
  let waiting = false;
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 2) summaries.push('');
      waiting = node.depth === 2;
    } else if (waiting && node.type === 'paragraph') {
      const summary = summarize(plainText(node));
      if (summary.length >= MIN_SUMMARY_LENGTH) {
        summaries[summaries.length - 1] = summary;
        waiting = false;
      }
    }
  }
  return summaries;
}
