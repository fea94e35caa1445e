/**
 * Size budgets, one per bundle, in one list (as Starlight keeps its size-limit file): change a
 * limit here, and add a bundle when a new kind of page or widget ships its own code. Sizes are
 * gzipped per file, as a host sends them (src/site/sizes.ts); `npm run bench` reports the same
 * figures measured in a browser.
 */
import { KB } from '../../src/site/sizes.ts';

export interface SizeBudget {
  /** What is measured, as the report names it. */
  name: string;
  kind: 'js' | 'css';
  /**
   * What makes up the bundle: everything the matching pages load (each file counted once, so a
   * script only one chapter loads counts against every chapter's budget), or one built entry
   * chunk in dist/_astro with the chunks it imports statically.
   */
  from: { pages: RegExp } | { chunk: RegExp };
  /** Gzipped bytes. */
  limit: number;
}

export const SIZE_BUDGETS: readonly SizeBudget[] = [
  // 3.4 KB: in December 2026 the citation popovers came to be built in the browser from each page's
  // list of sources (src/guide/cite-popovers.ts, issue 33): 0.3 KB, fetched once a visit, took
  // 0.7 KB off the median chapter's HTML, which every page view sends.
  { name: 'JavaScript of the guide pages', kind: 'js', from: { pages: /^\/guide\// }, limit: 3.4 * KB },
  { name: 'decision widget', kind: 'js', from: { chunk: /^DecisionWidget\.astro_astro_type_script/ }, limit: 6 * KB },
  // 9 KB: the decision record (copy and download as Markdown) added about 0.8 KB to the tool in December 2026.
  // 9.4 KB: the citation popovers' 0.3 KB (above) is in the script every page loads.
  { name: 'JavaScript of /decide/', kind: 'js', from: { pages: /^\/decide\/$/ }, limit: 9.4 * KB },
  // 11.5 KB: in December 2026 the chapters' stylesheet (1.4 KB) moved out of each chapter's HTML
  // into a cached file of its own (src/build/chapter-stylesheet.ts); Starlight's CSS is 15.8 KB.
  // 13 KB: in December 2026 the home page's first render came to fit one round trip (issue 33):
  // the site stylesheet is split into the rules the top of the home page uses (inlined there,
  // linked by every other page) and the rest (src/build/critical-css.ts); the two parts
  // compress about 1 KB worse than the whole.
  { name: 'CSS of every page', kind: 'css', from: { pages: /^\// }, limit: 13 * KB },
];

/**
 * Budgets for what a reader waits for, in gzipped bytes (issue 33): a chapter's HTML (the median
 * chapter, against Starlight's 10.8 KB for the same chapters), what the home page's first render
 * waits for (its HTML and every render-blocking stylesheet and script: one TCP round trip holds
 * about 14 KB), and a first search through the UI (measured in a browser: src/search/bench-search.ts).
 * `met: false` marks a budget the site does not meet yet: its test then expects the excess
 * (`it.fails`), so it fails, and says so, the day the budget is met; flip the flag then.
 * `npm run bench` prints each against its budget.
 */
export interface PageBudget {
  name: string;
  limit: number;
  met: boolean;
}

export const CHAPTER_HTML_MEDIAN: PageBudget = { name: 'chapter HTML, median', limit: 10.8 * KB, met: true };
export const HOME_RENDER_BLOCKING: PageBudget = { name: 'home page, render-blocking bytes', limit: 14 * KB, met: true };
export const FIRST_SEARCH: PageBudget = { name: 'first search through the UI', limit: 100 * KB, met: true };
