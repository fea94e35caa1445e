// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableCodeBlocks } from './src/guide/focusable-code.ts';
import { copyCodeButtons } from './src/guide/copy-code-buttons.ts';
import { scrollableTables } from './src/guide/scrollable-tables.ts';
import { headingIds } from './src/guide/heading-ids.ts';
import { baseLinks } from './src/guide/base-links.ts';
import { exampleCode } from './src/examples/example-code.ts';
import { citeKeep } from './src/guide/cite-keep.ts';
import { plainCodeTokens } from './src/guide/plain-code-tokens.ts';
import { leanPreloadHelper } from './src/build/lean-preload-helper.ts';
import { contentGate } from './src/checks/content-gate.ts';
import { buildSteps, siteBuildSteps } from './src/build/build-steps.ts';
import { cspDirectives, cspScriptResources } from './src/site/csp.ts';
import { inlineScriptHash } from './src/build/inline-script-hash.ts';
import { isLinkedAsset } from './src/build/chapter-stylesheet.ts';
import { isSharePath } from './src/share/share.ts';
import { resolveDeployment } from './src/site/site-url.ts';
import { withoutBase } from './src/site/site.ts';
import { isResultPagePath } from './src/decision/decision-url.ts';
// The one inline script (theme before first paint) is allowed by its hash; see Base.astro.
import { THEME_INIT_SCRIPT } from './src/site/theme-init.ts';
// Printed links show full addresses: the site's origin, in one inline style (Base.astro).
import { printOriginCss } from './src/site/print-origin.ts';

// Where the site is deployed: SITE_URL's origin and path (e.g. https://example.org/docs/ gives
// base /docs/); see README, Deploying. An invalid value fails here, naming the variable.
const { site, base, warning: deploymentWarning } = resolveDeployment(process.env.SITE_URL);

// The content check, before anything renders; it also hands the checked aliases to the sitemap
// filter and _redirects, and checks the written pages first of the build steps.
const gate = contentGate();

// Share cards, decision result pages and the redirect pages of moved pages stand in for other
// pages: not in the sitemap.
const inSitemap = (/** @type {string} */ page) => {
  const path = withoutBase(new URL(page).pathname, base);
  return !isSharePath(path) && !isResultPagePath(path) && !gate.aliases().pages.some(({ from }) => from === path);
};

/** @type {import('astro').AstroIntegration} */
const deploymentNotice = {
  name: 'deployment-notice',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (deploymentWarning) logger.warn(deploymentWarning);
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    gate,
    deploymentNotice,
    mdx(),
    sitemap({ filter: inSitemap }),
    // What is done with the written pages, in order: src/build/build-steps.ts.
    buildSteps(siteBuildSteps(gate)),
  ],
  markdown: {
    processor: satteri({
      // Code blocks with example="<project>/<file>#<region>" show a file of content/examples/, as
      // the examples collection loaded it (the gate holds what every loader handed it);
      // The gate's chapterRecord keeps what the build needs of each chapter in its render metadata
      // (the tree as written included, so it comes first) and hands it to the content check.
      mdastPlugins: [gate.chapterRecord, exampleCode(gate.exampleFiles)],
      hastPlugins: [plainCodeTokens, focusableCodeBlocks, copyCodeButtons, scrollableTables, headingIds, baseLinks(base), citeKeep],
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
      styleDirective: { hashes: [inlineScriptHash(printOriginCss(site))] },
    },
  },
  vite: {
    plugins: [tailwindcss(), leanPreloadHelper()],
    build: {
      // The stylesheets every chapter shares (its own: callouts, code pairs, claims, charts; the
      // copy-link control's) are linked, not inlined: a reader's browser caches them once instead
      // of receiving them again in each chapter's HTML (issue 33; src/build/chapter-stylesheet.ts).
      // Other small stylesheets keep Vite's default (inlined under 4 KB).
      assetsInlineLimit: (/** @type {string} */ file) => (isLinkedAsset(file) ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Known noise: Astro marks every MDX module that may add to <head> with a "use
          // astro:head-inject" directive, which Astro itself reads before bundling; Rolldown then
          // warns, once per chapter in a 10-line box, that it drops the directive. Nothing is lost.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
