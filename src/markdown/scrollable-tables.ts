import { defineHastPlugin } from 'satteri';

/**
 * Wraps every Markdown table in a focusable, labelled scroll container, so a wide table scrolls
 * on its own instead of widening the page on a phone, and keyboard users can scroll it too.
 */
export const scrollableTables = defineHastPlugin({
  name: 'scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const headers = node.children
        .flatMap((child) => (child.type === 'element' && child.tagName === 'thead' ? [ctx.textContent(child)] : []))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          role: 'region',
          tabIndex: 0,
          ariaLabel: headers ? `Table: ${headers}` : 'Table',
        },
        children: [],
      });
    },
  },
});
