import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';

/**
 * Puts a "Copy" button above every code block, in the built HTML rather than from a script: the
 * bar is in place before first paint (nothing moves when scripts run) and the page ships no code
 * to build it. <copy-code> (src/guide/copy-code.ts) makes the buttons work; without
 * JavaScript, CopyCode.astro hides the bar, since a button that does nothing only confuses.
 */
export const copyCodeButtons = defineHastPlugin({
  name: 'copy-code-buttons',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      const bar: Element = {
        type: 'element',
        tagName: 'div',
        // UI, not content: search skips it (its "Copy" would show in excerpts).
        properties: { className: ['code-block-bar'], dataPrint: 'hide', dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['code-copy'] },
            children: [{ type: 'text', value: 'Copy' }],
          },
        ],
      };
      ctx.replaceNode(node, { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children: [bar, node] });
    },
  },
});
