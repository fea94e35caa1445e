import type { Plugin } from 'vite';
import { englishOnlyComponentUi } from './component-ui-trim.ts';

/** Vite plugin: bundles Pagefind's Component UI with its English strings only (see englishOnlyComponentUi). */
export function componentUiEnglishOnly(): Plugin {
  return {
    name: 'component-ui-english-only',
    transform(code, id) {
      if (!/@pagefind\/component-ui\/npm_dist\/mjs\/component-ui\.mjs$/.test(id)) return null;
      return { code: englishOnlyComponentUi(code), map: null };
    },
  };
}
