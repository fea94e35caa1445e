/**
 * What a built page shows a reader, as plain text: the title, the text of the body (scripts,
 * styles, templates and hidden elements left out) and each image's alt text. Two builds that
 * show the same thing give the same text, whatever their markup, class names or hashes.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

/** Elements whose content is never shown as text. */
const UNSHOWN = new Set(['script', 'style', 'template', 'svg']);

/** Elements that start a new line of text. */
const BLOCKS =
  /^(p|div|section|article|aside|nav|header|footer|main|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|caption|figure|figcaption|blockquote|pre|details|summary|form|fieldset|legend|br|hr|dialog)$/;

function textOf(node: Node, lines: string[]): void {
  if (node.nodeType === 3) {
    lines[lines.length - 1] += node.rawText;
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (UNSHOWN.has(tag) || element.hasAttribute('hidden')) return;
  if (tag === 'img' && element.getAttribute('alt')) lines[lines.length - 1] += `[${element.getAttribute('alt')}]`;
  const block = BLOCKS.test(tag);
  if (block) lines.push('');
  for (const child of element.childNodes) textOf(child, lines);
  if (block) lines.push('');
}

/** One line per block of text, entities decoded, runs of white space collapsed, empty lines dropped. */
export function visibleText(html: string): string {
  const root = parse(html, { comment: false });
  const lines = [`title: ${root.querySelector('title')?.text.trim() ?? ''}`, ''];
  textOf(root.querySelector('body') ?? root, lines);
  return lines
    .map((line) => parse(line).text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
