// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableCodeBlocks } from './src/markdown/focusable-code.ts';
import { copyCodeButtons } from './src/markdown/copy-code-buttons.ts';
import { scrollableTables } from './src/markdown/scrollable-tables.ts';
import { headingIds } from './src/markdown/heading-ids.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { componentUiEnglishOnly } from './src/integrations/component-ui-english.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload-helper.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { cspDirectives, cspScriptResources, inlineScriptHash } from './src/lib/csp.ts';
import { parse as parseYaml } from 'yaml';
import { parseAliases } from './src/lib/aliases.ts';
import { isSharePath } from './src/lib/share.ts';
// The one inline script (theme before first paint) is allowed by its hash; see Base.astro.
import { THEME_INIT_SCRIPT } from './src/lib/theme-init.ts';

// The public origin; set SITE_URL when deploying so canonical URLs and the sitemap point at it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// Share cards and the redirect pages of moved pages stand in for other pages: not in the sitemap.
const movedPages = new Set(
  parseAliases(parseYaml(readFileSync(new URL('./content/aliases.yaml', import.meta.url), 'utf8'))).pages.map(({ from }) => from),
);
const inSitemap = (/** @type {string} */ page) => {
  const path = new URL(page).pathname;
  return !isSharePath(path) && !movedPages.has(path);
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: inSitemap }), cspHeaders(), pagefindIndex(), shareImages()],
  markdown: {
    processor: satteri({
      hastPlugins: [focusableCodeBlocks, copyCodeButtons, scrollableTables, headingIds],
      // `## Heading {#custom-id}` pins a heading's id (see README, Editing content).
      features: { headingAttributes: true },
    }),
    // Prism emits classes, not inline styles, so highlighting works under a strict CSP.
    syntaxHighlight: 'prism',
  },
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: cspScriptResources, hashes: [inlineScriptHash(THEME_INIT_SCRIPT)] },
    },
  },
  vite: {
    plugins: [tailwindcss(), componentUiEnglishOnly(), leanPreloadHelper()],
  },
});
