import { defineHastPlugin, type HastContent } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { splitLastWord } from './marker-word';

/** Punctuation that belongs to the text before a citation and must not start a line after it. */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]»”’]+/;

/** Elements whose text may hold a citation. */
const CONTAINERS = ['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'blockquote', 'strong', 'em', 'span', 'h2', 'h3', 'h4'];

/** Inline elements kept whole with a marker that follows them, when short (they cannot wrap then). */
const SHORT_INLINE = ['strong', 'em', 'a'];

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

const keepsWithMarker = (node: ElementContent): boolean =>
  node.type === ('mdxJsxTextElement' as string) ||
  (node.type === 'element' && (node.tagName === 'code' || (SHORT_INLINE.includes(node.tagName) && textOf(node).length <= 30)));

const isCite = (node: ElementContent | undefined): boolean =>
  node?.type === ('mdxJsxTextElement' as string) && (node as { name?: string | null }).name === 'Cite';

/**
 * Children with each citation kept on the line of the word it follows: `word <Cite s="x" />, more`
 * becomes `<span class="cite-keep">word<Cite s="x" />,</span> more`. The space before the marker
 * goes, so no line can start with it, and the punctuation after it stays with it.
 */
export function keepCitesWithText(children: readonly ElementContent[]): ElementContent[] {
  const pending = children.map((child) => (child.type === 'text' ? { ...child } : child));
  const result: ElementContent[] = [];
  while (pending.length > 0) {
    const child = pending.shift()!;
    if (!isCite(child)) {
      result.push(child);
      continue;
    }
    const kept: ElementContent[] = [];
    const before = result.at(-1);
    if (before?.type === 'text') {
      const [head, lastWord] = splitLastWord(before.value);
      if (head) before.value = head;
      else result.pop();
      if (lastWord) kept.push({ type: 'text', value: lastWord });
    }
    // An element right before the marker stays with it too: inline code (which wraps inside its
    // own box, Cite.astro), a figure (<Fact />), or short **bold**, _emphasis_ or a link.
    const element = result.at(-1);
    if (!kept.length && element && keepsWithMarker(element)) kept.push(result.pop()!);
    kept.push(child);
    const after = pending[0];
    const punctuation = after?.type === 'text' ? CLOSING_PUNCTUATION.exec(after.value)?.[0] : undefined;
    if (after?.type === 'text' && punctuation) {
      kept.push({ type: 'text', value: punctuation });
      after.value = after.value.slice(punctuation.length);
      if (!after.value) pending.shift();
    }
    result.push({ type: 'element', tagName: 'span', properties: { className: ['cite-keep'] }, children: kept });
  }
  return result;
}

/**
 * Keeps every citation marker of an MDX chapter on the line of the word it follows (the span is
 * white-space: nowrap, Cite.astro): no line starts with a marker or with the comma after one.
 */
export const citeKeep = () =>
  defineHastPlugin({
    name: 'cite-keep',
    element: {
      filter: CONTAINERS,
      visit(node, ctx) {
        if (!node.children.some(isCite)) return;
        const replacement: Element = { ...node, children: keepCitesWithText(node.children) };
        ctx.replaceNode(node, replacement as HastContent);
      },
    },
  });
