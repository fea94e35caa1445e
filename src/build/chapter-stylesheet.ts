/**
 * Which built assets the pages link rather than inline (astro.config.mjs; Vite inlines a
 * stylesheet or an image under 4 KB by default). What every chapter shares is linked, so a
 * reader's browser caches it once instead of receiving it again in each chapter's HTML or in the
 * site's stylesheet (issue 33):
 * - the chapter page's own stylesheet (src/pages/guide/[id].astro, which Vite names `_id_.<hash>.css`);
 * - the copy-link control's stylesheet (src/share/CopyLink.astro, `CopyLink.<hash>.css`, about
 *   0.3 KB gzipped), which every heading of every chapter carries;
 * - the theme button's icons (src/layout/theme-*.svg), fetched only once the button shows.
 */
export function isChapterStylesheet(file: string): boolean {
  return /(^|\/)_id_\.[\w-]+\.css$/.test(file);
}

export function isLinkedAsset(file: string): boolean {
  return isChapterStylesheet(file) || /(^|\/)CopyLink\.[\w-]+\.css$/.test(file) || /(^|\/)theme-[a-z]+(\.[\w-]+)?\.svg$/.test(file);
}
