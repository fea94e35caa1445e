/**
 * Whether a built asset is the stylesheet of the chapter pages (src/pages/guide/[id].astro,
 * which Vite names `_id_.<hash>.css`). The build links it rather than inlining it
 * (astro.config.mjs): every chapter shares it, so it is cached once, not sent in each chapter.
 */
export function isChapterStylesheet(file: string): boolean {
  return /(^|\/)_id_\.[\w-]+\.css$/.test(file);
}
