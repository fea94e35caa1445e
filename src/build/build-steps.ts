/**
 * What the build does with the pages it has written, declared in one place: the steps, in the
 * order they run, sharing one walk of dist/ (written-pages.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentGate } from '../checks/content-gate.ts';
import { criticalCss } from './critical-css.ts';
import { cspHeaders } from './csp-headers.ts';
import { cspPageHashes } from './csp-page-hashes.ts';
import { hostFiles } from './host-files.ts';
import { pagefindIndex } from '../search/pagefind.ts';
import type { Synonym } from '../search/search-synonyms.ts';
import { shareImages } from '../share/share-images.ts';
import { runBuildSteps, type BuildStep } from '../site/written-pages.ts';

/**
 * The site's build steps, in the order they run (tests/unit/build-steps.test.ts holds it):
 * 1. content-check: a link to nowhere fails the build before anything is made from the pages;
 * 2. host-files: _redirects, and the path rules of _headers moved under the base;
 * 3. critical-css: the home page's styles split into an inline part for its first render and
 *    a stylesheet for the rest (critical-css.ts), before the policies are read;
 * 4. csp-page-hashes: each page's policy keeps only the hashes of its own inline code;
 * 5. csp-header: the policy for every path, merged from the pages' policies and appended to
 *    _headers after its path rules moved;
 * 6. search-index: Pagefind's index and the vocabulary, from pages that passed the check;
 * 7. share-images: last, the slowest, and nothing reads the images during the build.
 */
export function siteBuildSteps(gate: ContentGate): BuildStep[] {
  return [
    gate.writtenPagesCheck(),
    hostFiles(gate.aliases),
    criticalCss(),
    cspPageHashes(),
    cspHeaders(),
    pagefindIndex(() => gate.entries('synonyms') as Synonym[]),
    shareImages(),
  ];
}

/** The integration that runs `steps` when Astro has written the site. */
export function buildSteps(steps: readonly BuildStep[]): AstroIntegration {
  let base = '/';
  return {
    name: 'build-steps',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const took = await runBuildSteps(steps, { outDir: fileURLToPath(dir), base, logger });
        logger.info([...took].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}s`).join(', '));
      },
    },
  };
}
