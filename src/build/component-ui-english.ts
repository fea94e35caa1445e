import type { Plugin } from 'vite';
import { englishOnlyComponentUi, UNUSED_COMPONENTS, withoutComponents } from './component-ui-trim.ts';

/** Vite plugin: bundles Pagefind's Component UI with its English strings only and without the elements the site does not use (component-ui-trim.ts). */
export function componentUiEnglishOnly(): Plugin {
  return {
    name: 'component-ui-english-only',
    transform(code, id) {
      if (!/@pagefind\/component-ui\/npm_dist\/mjs\/component-ui\.mjs$/.test(id)) return null;
      return { code: withoutComponents(englishOnlyComponentUi(code), UNUSED_COMPONENTS), map: null };
    },
  };
}
