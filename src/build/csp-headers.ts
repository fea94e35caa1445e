import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, mergePolicies } from '../site/csp-header.ts';
import type { BuildStep } from '../site/written-pages.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * After the build, adds the site's Content-Security-Policy to dist/_headers as a real header
 * (for hosts that read the file), merged from the policies Astro put in each page, so the two
 * can never disagree. Pagefind's files need no policy of their own. Pages share a handful of
 * policies, so the step keeps each distinct one once.
 */
export function cspHeaders(): BuildStep {
  const policies = new Set<string>();
  let pages = 0;
  return {
    name: 'csp-header',
    page: ({ file, html }) => {
      const match = META_CSP.exec(html);
      if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>`);
      policies.add(match[1]);
      pages += 1;
    },
    finish: async ({ outDir, logger }) => {
      const header = mergePolicies([...policies], HEADER_ONLY_DIRECTIVES);
      await appendFile(join(outDir, '_headers'), `\n/*\n  Content-Security-Policy: ${header}\n`);
      logger.info(`Content-Security-Policy header merged from ${pages} pages`);
    },
  };
}
