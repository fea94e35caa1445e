import { describe, expect, it } from 'vitest';
import { isChapterStylesheet, isLinkedAsset } from '../../src/build/chapter-stylesheet';

describe('isChapterStylesheet', () => {
  it("recognises the chapter route's stylesheet", () => {
    expect(isChapterStylesheet('_astro/_id_.dA3zZPZp.css')).toBe(true);
  });

  it('leaves other stylesheets and the chapter route script alone', () => {
    expect(isChapterStylesheet('_astro/CopyLink.C_lnXg-4.css')).toBe(false);
    expect(isChapterStylesheet('_astro/index.gTNf2jlp.css')).toBe(false);
    expect(isChapterStylesheet('_astro/_id_.dA3zZPZp.js')).toBe(false);
  });
});

describe('isLinkedAsset', () => {
  it("links the chapter route's and the copy-link control's stylesheets and the theme icons", () => {
    expect(isLinkedAsset('_astro/_id_.dA3zZPZp.css')).toBe(true);
    expect(isLinkedAsset('_astro/CopyLink.C_lnXg-4.css')).toBe(true);
    expect(isLinkedAsset('/work/site/src/layout/theme-light.svg')).toBe(true);
  });

  it("leaves the home page's stylesheet and scripts to Vite's default", () => {
    expect(isLinkedAsset('_astro/index.gTNf2jlp.css')).toBe(false);
    expect(isLinkedAsset('_astro/CopyLink.C_lnXg-4.js')).toBe(false);
    expect(isLinkedAsset('/work/site/public/favicon.svg')).toBe(false);
  });
});
