import { defineHastPlugin, type MdxJsxAttributeUnion } from 'satteri';
import { withBase } from '../site/site.ts';

/** Attributes of HTML and JSX elements that hold an address. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src']);

type Attribute = MdxJsxAttributeUnion;

/**
 * Content links are written as site paths ("/guide/overview/#versions"); when the site is
 * deployed under a sub-path (Astro's `base`, from SITE_URL) they get the base in front, in
 * Markdown links and images and in JSX `<a href>` alike. With base "/" it changes nothing.
 */
export const baseLinks = (base: string) =>
  defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        for (const key of ADDRESS_ATTRIBUTES) {
          const value = node.properties?.[key];
          if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, key, withBase(value, base));
        }
      },
    },
    mdxJsxTextElement: { filter: ['a', 'img'], visit: (node) => ({ ...node, attributes: node.attributes.map((a) => prefixed(a, base)) }) },
    mdxJsxFlowElement: { filter: ['a', 'img'], visit: (node) => ({ ...node, attributes: node.attributes.map((a) => prefixed(a, base)) }) },
  });

function prefixed(attribute: Attribute, base: string): Attribute {
  if (attribute.type !== 'mdxJsxAttribute' || !ADDRESS_ATTRIBUTES.has(attribute.name) || typeof attribute.value !== 'string') {
    return attribute;
  }
  return { ...attribute, value: withBase(attribute.value, base) };
}
