import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectRules, type Aliases } from '../lib/aliases.ts';

/**
 * Writes dist/_redirects for hosts that read it (Netlify, Cloudflare Pages): each moved page's
 * old address answers with a real 301 to its new one, which search engines and link checkers
 * understand better than the redirect page the site also builds there (which hosts without the
 * file serve). Browsers keep a link's #fragment across a 301.
 */
/** `aliases` is read when the build is done: the content check has validated them by then. */
export function redirectsFile(aliases: () => Aliases): AstroIntegration {
  let base = '/';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await appendFile(join(fileURLToPath(dir), '_redirects'), redirectRules(aliases(), base));
      },
    },
  };
}
