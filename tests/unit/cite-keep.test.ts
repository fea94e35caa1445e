import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { keepCitesWithText } from '../../src/guide/cite-keep';

const text = (value: string): ElementContent => ({ type: 'text', value });
const cite = (s: string) =>
  ({
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [{ type: 'mdxJsxAttribute', name: 's', value: s }],
    children: [],
  }) as unknown as ElementContent;

/** The children as text, a kept group in [ ] and a marker as ^id. */
function show(children: readonly ElementContent[]): string {
  return children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'element') return `[${show(child.children)}]`;
      return `^${(child as unknown as { attributes: { value: string }[] }).attributes[0]!.value}`;
    })
    .join('');
}

describe('keepCitesWithText', () => {
  it('joins the word before a marker and the punctuation after it, dropping the space between', () => {
    expect(show(keepCitesWithText([text('in active development\n'), cite('a'), text(', and more')]))).toBe(
      'in active [development^a,] and more',
    );
  });

  it('keeps a marker at the end of a sentence with its full stop', () => {
    expect(show(keepCitesWithText([text('Python '), cite('a'), text('.')]))).toBe('[Python^a.]');
  });

  it('handles two markers in a row and a marker after an element', () => {
    const strong: ElementContent = { type: 'element', tagName: 'strong', properties: {}, children: [text('bold')] };
    expect(show(keepCitesWithText([text('one '), cite('a'), text(' '), cite('b'), text('; two')]))).toBe('[one^a][^b;] two');
    expect(show(keepCitesWithText([strong, text(' '), cite('a')]))).toBe('[[bold]^a]');
  });

  it('leaves children without citations as they are', () => {
    const children = [text('plain text')];
    expect(keepCitesWithText(children)).toEqual(children);
  });
});
