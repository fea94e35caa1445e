import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishOnlyComponentUi } from '../../src/build/component-ui-trim';

// The installed package's ES module build, the file the site bundles.
const cjsPath = createRequire(import.meta.url).resolve('@pagefind/component-ui');
const mjs = readFileSync(cjsPath.replace(/cjs\/component-ui\.cjs$/, 'mjs/component-ui.mjs'), 'utf8');

describe('englishOnlyComponentUi', () => {
  it('keeps the English strings of the installed Component UI and drops the other languages', () => {
    const trimmed = englishOnlyComponentUi(mjs);
    expect(trimmed.match(/^\/\/ \.\.\/translations\/\S+\.json$/gm)).toEqual(['// ../translations/en.json']);
    expect(trimmed).toContain('var modules = [en_exports];');
    expect(trimmed).toContain('var filenames = ["../../translations/en.json"];');
    expect(trimmed).toContain('search_label: "Search this site"');
    expect(trimmed).not.toMatch(/\b(af|de|zh)_exports\b/);
    // Everything else is untouched: every component is still defined.
    for (const element of ['pagefind-modal', 'pagefind-input', 'pagefind-results', 'pagefind-filter-pane']) {
      expect(trimmed).toContain(`customElements.define("${element}"`);
    }
    expect(trimmed.length).toBeLessThan(mjs.length * 0.8);
  });

  it('stops the build when the bundle no longer has the expected layout', () => {
    expect(() => englishOnlyComponentUi('export const x = 1;')).toThrow(/translation blocks not found/);
    const withoutEnglish = mjs.replace('// ../translations/en.json', '// ../translations/en-gb.json');
    expect(() => englishOnlyComponentUi(withoutEnglish)).toThrow(/English translation block not found/);
  });
});
