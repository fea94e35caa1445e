import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inlineScriptHash } from './inline-script-hash.ts';
import type { BuildStep } from '../site/written-pages.ts';

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Inline scripts and styles: a <script> without src, every <style>. Their text is what the hash covers. */
const INLINE_CODE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = / '(sha256-[A-Za-z0-9+/=]+)'/g;

/**
 * The page's policy with only the hashes of the inline scripts and styles the page holds. Astro
 * puts the hash of every inline script and style of the whole site in every page (24 on a
 * chapter that holds 3, about 0.9 KB gzipped of random characters); a hash no element of the
 * page matches allows nothing the page needs. Pages inject no inline code at run time (the CSP
 * forbids it), so the hashes of the built HTML are all a page uses.
 */
export function keepOwnHashes(html: string): string {
  const own = new Set<string>();
  for (const [, tag, attributes, text] of html.matchAll(INLINE_CODE)) {
    if (tag?.toLowerCase() === 'script' && /\bsrc=/i.test(attributes ?? '')) continue;
    own.add(inlineScriptHash(text ?? ''));
  }
  return html.replace(META_CSP, (_meta, open: string, policy: string, close: string) => {
    const kept = policy.replace(HASH_SOURCE, (source, hash: string) => (own.has(hash) ? source : ''));
    return `${open}${kept}${close}`;
  });
}

/**
 * Rewrites each page whose policy names hashes it does not use; runs before the site-wide header
 * is merged from the pages (csp-headers.ts), so the header and the pages still agree.
 */
export function cspPageHashes(): BuildStep {
  return {
    name: 'csp-page-hashes',
    page: async (page, { outDir }) => {
      const pruned = keepOwnHashes(page.html);
      if (pruned === page.html) return;
      page.html = pruned;
      await writeFile(join(outDir, page.file), pruned);
    },
  };
}
