import { defineHastPlugin } from 'satteri';

/**
 * Prism's token classes that the theme (src/layout/prism.css) gives no colour: such a token looks
 * like the text around it, so its <span> is markup a reader never sees. Punctuation and operators
 * are about half the spans of a highlighted block.
 */
export const PLAIN_TOKEN_CLASSES: ReadonlySet<string> = new Set(['token', 'punctuation', 'operator', 'attr-equals']);

/** Whether a <span>'s classes mark a Prism token drawn like plain text. */
export function isPlainToken(className: unknown): boolean {
  const classes = Array.isArray(className) ? className.map(String) : typeof className === 'string' ? className.split(/\s+/) : [];
  return classes.includes('token') && classes.every((name) => PLAIN_TOKEN_CLASSES.has(name));
}

/**
 * Unwraps the spans of uncoloured tokens in highlighted code, keeping their text: the block looks
 * and copies the same, with fewer bytes (issue 33).
 */
export const plainCodeTokens = defineHastPlugin({
  name: 'plain-code-tokens',
  element: {
    filter: ['span'],
    visit(node, ctx) {
      if (isPlainToken(node.properties.className)) ctx.replaceNode(node, [...node.children]);
    },
  },
});
