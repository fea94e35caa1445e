/**
 * Pagefind's Component UI, as a chunk of its own: only src/search/search-loader.ts imports it,
 * with a dynamic import(), so it is fetched on first use and never on page load.
 */
export { configureInstance, getInstanceManager } from '@pagefind/component-ui';
