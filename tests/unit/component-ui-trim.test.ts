import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishOnlyComponentUi, UNUSED_COMPONENTS, withoutComponents } from '../../src/build/component-ui-trim';

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

describe('withoutComponents', () => {
  it('drops the unused elements of the installed Component UI, their classes and exports, and keeps the rest', () => {
    const trimmed = withoutComponents(mjs, UNUSED_COMPONENTS);
    for (const element of UNUSED_COMPONENTS) {
      expect(trimmed).not.toContain(`customElements.define("${element}"`);
      expect(trimmed).not.toContain(`// components/${element}.ts`);
    }
    expect(trimmed).not.toMatch(/\bPagefind(Searchbox|FilterDropdown|ModalTrigger)\b/);
    for (const element of ['pagefind-modal', 'pagefind-input', 'pagefind-results', 'pagefind-filter-pane', 'pagefind-keyboard-hints']) {
      expect(trimmed).toContain(`customElements.define("${element}"`);
    }
    expect(trimmed).toContain('  PagefindFilterPane: () => PagefindFilterPane,');
  });

  it('stops the build, naming the element, when its block or exports are not where expected', () => {
    expect(() => withoutComponents(mjs, ['pagefind-nothing'])).toThrow(/<pagefind-nothing> not found/);
    const renamedExport = mjs.replace('  PagefindSearchbox: () => PagefindSearchbox,', '  Searchbox: () => PagefindSearchbox,');
    expect(() => withoutComponents(renamedExport, ['pagefind-searchbox'])).toThrow(/exports of PagefindSearchbox not found/);
  });
});
