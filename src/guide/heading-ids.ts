import { defineHastPlugin, type HastNode } from 'satteri';
import { assignHeadingIds, type HeadingSource } from './slugs.ts';

type Node = Readonly<HastNode>;
type Heading = HeadingSource & { node: Node };

const HEADING = /^h[1-6]$/;

const childrenOf = (node: Node): readonly Node[] => ('children' in node ? (node.children as readonly Node[]) : []);

/** All descendant text, as Astro's own heading-ids plugin reads it. */
function textOf(node: Node): string {
  if (node.type === 'comment') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return childrenOf(node).map(textOf).join('');
}

function findHeadings(node: Node, found: Heading[] = []): Heading[] {
  for (const child of childrenOf(node)) {
    if (child.type === 'element' && HEADING.test(child.tagName)) {
      const id = child.properties?.['id'];
      found.push({ node: child, text: textOf(child), explicitId: typeof id === 'string' ? id : undefined });
    } else {
      findHeadings(child, found);
    }
  }
  return found;
}

/**
 * Gives every heading its id before Astro's heading-ids plugin runs (which keeps an existing id):
 * the one pinned in the source with a trailing `{#custom-id}`, checked, or else github-slugger's
 * slug of the text exactly as Astro would make it, skipping the pinned ones (src/guide/slugs.ts).
 */
export const headingIds = defineHastPlugin({
  name: 'heading-ids-with-pinned-ids',
  before(root, ctx) {
    const headings = findHeadings(root);
    let ids: string[];
    try {
      ids = assignHeadingIds(headings);
    } catch (error) {
      const file = ctx.fileURL?.pathname ?? 'a Markdown file';
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
    headings.forEach(({ node, explicitId }, i) => {
      if (explicitId === undefined) ctx.setProperty(node, 'id', ids[i]);
    });
  },
});
