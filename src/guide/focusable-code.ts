import { defineHastPlugin } from 'satteri';

/**
 * Makes every code block keyboard-focusable, so a reader without a mouse can scroll one that
 * is wider than the page (WCAG 2.1.1; axe's scrollable-region-focusable rule).
 */
export const focusableCodeBlocks = defineHastPlugin({
  name: 'focusable-code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});
