/**
 * The one inline stylesheet of every page: the site's origin as a CSS string, so printed links
 * show their full address (`https://example.org/guide/x/`, not `/guide/x/`) from their href
 * (global.css, print). Its text is hashed into the Content-Security-Policy (astro.config.mjs),
 * so the same function makes both. The href already holds the base path: only the origin is added.
 */
export function printOriginCss(site: string | URL): string {
  return `@layer base{:root{--print-origin:${JSON.stringify(new URL(site).origin)}}}`;
}
