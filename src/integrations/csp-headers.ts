import { appendFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_ONLY_DIRECTIVES, mergePolicies } from '../lib/csp-header.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * After the build, adds the site's Content-Security-Policy to dist/_headers as a real header
 * (for hosts that read the file), merged from the policies Astro put in each page, so the two
 * can never disagree. Runs before Pagefind, whose files need no policy of their own.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(outDir)) {
          const match = META_CSP.exec(await readFile(file, 'utf8'));
          if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          policies.push(match[1]);
        }
        const header = mergePolicies(policies, HEADER_ONLY_DIRECTIVES);
        await appendFile(join(outDir, '_headers'), `\n/*\n  Content-Security-Policy: ${header}\n`);
        logger.info(`Content-Security-Policy header merged from ${policies.length} pages`);
      },
    },
  };
}
