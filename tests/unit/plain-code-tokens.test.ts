import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlainToken, PLAIN_TOKEN_CLASSES } from '../../src/guide/plain-code-tokens';

describe('isPlainToken', () => {
  it('is true for uncoloured Prism tokens', () => {
    expect(isPlainToken(['token', 'punctuation'])).toBe(true);
    expect(isPlainToken('token operator')).toBe(true);
    expect(isPlainToken(['token', 'punctuation', 'attr-equals'])).toBe(true);
  });

  it('is false for coloured tokens, tokens with a coloured class among others, and other spans', () => {
    expect(isPlainToken(['token', 'keyword'])).toBe(false);
    expect(isPlainToken(['token', 'decorator', 'annotation', 'punctuation'])).toBe(false);
    expect(isPlainToken(['punctuation'])).toBe(false);
    expect(isPlainToken(['cite-sep'])).toBe(false);
    expect(isPlainToken(undefined)).toBe(false);
  });

  it('names only classes the Prism theme does not colour', () => {
    const theme = readFileSync(new URL('../../src/layout/prism.css', import.meta.url), 'utf8');
    const coloured = new Set([...theme.matchAll(/\.([a-z][\w-]*)/g)].map(([, name]) => name));
    coloured.delete('token');
    expect([...PLAIN_TOKEN_CLASSES].filter((name) => coloured.has(name))).toEqual([]);
  });
});
