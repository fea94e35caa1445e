import type { Plugin } from 'vite';

/** The virtual module Vite wraps every dynamic import() in (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Vite plugin: swaps Vite's dynamic-import preload helper for a pass-through.
 *
 * Why: the helper (about 0.9 KB gzipped) rides along with the first script of every page that
 * lazily imports anything, here the header search, so on a guide page it cost almost a third of
 * the 3 KB JavaScript budget. It fetches a lazy chunk's own imports and CSS in parallel with the
 * chunk. In an Astro build the CSS part never applies (CSS imported by a client script is
 * extracted and linked from the page; search-loader.ts loads the search styles by URL), so all
 * the pass-through gives up is the parallel fetch of a lazy chunk's few small imports, which
 * then load one after the other on first use.
 *
 * Vite has no supported switch for this (it inserts the helper for every client build that is
 * not a library or a worker), so the plugin relies on two of Vite's internals, both checked:
 * tests/unit/upstream-internals.test.ts fails when the installed Vite no longer names its helper
 * module PRELOAD_HELPER_ID or exports `__vitePreload` from it, and tests/site/size-budgets.test.ts
 * fails when a built script still carries the helper.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    // No list of files to preload is written next to each lazy import either.
    config: () => ({ build: { modulePreload: { resolveDependencies: () => [] } } }),
    resolveId: (id) => (id === PRELOAD_HELPER_ID ? id : null),
    load: (id) => (id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null),
  };
}
