// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableCodeBlocks } from './src/markdown/focusable-code.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { componentUiEnglishOnly } from './src/integrations/component-ui-english.ts';
import { cspDirectives, cspScriptResources } from './src/lib/csp.ts';

// The public origin; set SITE_URL when deploying so canonical URLs and the sitemap point at it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  markdown: {
    processor: satteri({ hastPlugins: [focusableCodeBlocks] }),
    // Prism emits classes, not inline styles, so highlighting works under a strict CSP.
    syntaxHighlight: 'prism',
  },
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: cspScriptResources },
    },
  },
  vite: {
    plugins: [tailwindcss(), componentUiEnglishOnly()],
  },
});
