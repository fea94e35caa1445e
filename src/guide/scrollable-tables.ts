import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';

const HEADING = /^h[2-6]$/;

/**
 * Wraps every Markdown table in a focusable, labelled scroll container, so a wide table scrolls
 * on its own instead of widening the page on a phone, and keyboard users can scroll it too.
 * The container is a named <section> (a region landmark), named after the nearest heading
 * above the table and its column headers; names are made unique within the page.
 */
export const scrollableTables = () => {
  const usedLabels = new Map<string, number>();
  return defineHastPlugin({
    name: 'scrollable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        const index = ctx.indexOf(node) ?? 0;
        const heading = parent?.children
          .slice(0, index)
          .reverse()
          .find((sibling): sibling is Element => sibling.type === 'element' && HEADING.test(sibling.tagName));
        const columns = node.children
          .flatMap((child) => (child.type === 'element' && child.tagName === 'thead' ? [ctx.textContent(child)] : []))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        const base = [heading ? ctx.textContent(heading).trim() : '', columns].filter(Boolean).join(': ') || 'Table';
        const seen = usedLabels.get(base) ?? 0;
        usedLabels.set(base, seen + 1);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'section',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            ariaLabel: `Table: ${base}${seen > 0 ? ` (${seen + 1})` : ''}`,
          },
          children: [],
        });
      },
    },
  });
};
