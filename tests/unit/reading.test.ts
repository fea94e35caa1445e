import { describe, expect, it } from 'vitest';
import { currentSectionIndex, tocHeadings } from '../../src/guide/toc';
import { parseTheme, THEME_STORAGE_KEY } from '../../src/site/theme';
import { THEME_INIT_SCRIPT } from '../../src/site/theme-init';
import { editUrl } from '../../src/site/site';
import { inlineScriptHash } from '../../src/build/inline-script-hash';

describe('table of contents', () => {
  const headings = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a-1', text: 'A.1' },
    { depth: 4, slug: 'a-1-x', text: 'A.1.x' },
    { depth: 2, slug: 'b', text: 'B' },
  ];
  it('lists h2 and h3 only', () => {
    expect(tocHeadings(headings).map((h) => h.slug)).toEqual(['a', 'a-1', 'b']);
  });
  it('picks the heading nearest the top of the reading area', () => {
    // Reading area from 56 px (below the header), upper band to 450 px.
    expect(currentSectionIndex([-500, -100, 96, 400], 56, 450)).toBe(2);
    expect(currentSectionIndex([-500, 56, 200, 400], 56, 450)).toBe(1);
    // No heading in the band: the last one scrolled above the reading area.
    expect(currentSectionIndex([-500, -100, 600], 56, 450)).toBe(1);
  });
  it('counts the first section as current before any heading is reached', () => {
    expect(currentSectionIndex([500, 900], 56, 450)).toBe(0);
    expect(currentSectionIndex([], 56, 450)).toBe(-1);
  });
});

describe('theme', () => {
  it('accepts the three choices and treats anything else as system', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    for (const value of [null, undefined, '', 'DARK', '<script>', 42]) expect(parseTheme(value)).toBe('system');
  });

  /** Runs the inline script against a stand-in storage and <html>; returns the data-theme it set. */
  function runThemeInit(stored: string | null | Error): string | undefined {
    const dataset: Record<string, string> = {};
    const localStorage = {
      getItem(key: string) {
        if (stored instanceof Error) throw stored;
        return key === THEME_STORAGE_KEY ? stored : null;
      },
    };
    new Function('localStorage', 'document', THEME_INIT_SCRIPT)(localStorage, { documentElement: { dataset } });
    return dataset['theme'];
  }

  it('applies a saved light or dark theme before first paint, and nothing else', () => {
    expect(runThemeInit('dark')).toBe('dark');
    expect(runThemeInit('light')).toBe('light');
    for (const stored of [null, 'system', 'DARK', '"><script>']) expect(runThemeInit(stored)).toBeUndefined();
  });

  it('leaves the OS preference in charge when storage is blocked', () => {
    expect(runThemeInit(new DOMException('denied', 'SecurityError'))).toBeUndefined();
  });
});

describe('editUrl', () => {
  it('joins the configured base and the content path', () => {
    expect(editUrl('content/guide/overview.mdx', 'https://example.org/repo/edit/main')).toBe(
      'https://example.org/repo/edit/main/content/guide/overview.mdx',
    );
  });
  it('is undefined without a base or a path', () => {
    expect(editUrl('content/guide/overview.mdx', '')).toBeUndefined();
    expect(editUrl(undefined, 'https://example.org/')).toBeUndefined();
  });
});

describe('inlineScriptHash', () => {
  it('is the base64 SHA-256 CSP source of the exact text', () => {
    expect(inlineScriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(inlineScriptHash('a')).not.toBe(inlineScriptHash('a '));
  });
});
