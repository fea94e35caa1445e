import { describe, expect, it } from 'vitest';
import { isChapterStylesheet } from '../../src/build/chapter-stylesheet';

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
