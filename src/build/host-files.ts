import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildStep } from '../site/written-pages.ts';
import { redirectRules, type Aliases } from '../share/aliases.ts';
import { headersUnderBase } from '../site/site.ts';

/**
 * The files hosts such as Netlify and Cloudflare Pages read from dist/. `_redirects`: each moved
 * page's old address answers with a real 301 to its new one, which search engines and link
 * checkers understand better than the redirect page the site also builds there (which hosts
 * without the file serve); browsers keep a link's #fragment across a 301. `_headers`: its path
 * rules (public/_headers) are written for the site root, so under a base they get the base.
 * `aliases` is read when the build is done: the content check has validated them by then.
 */
export function hostFiles(aliases: () => Aliases): BuildStep {
  return {
    name: 'host-files',
    finish: async ({ outDir, base }) => {
      await appendFile(join(outDir, '_redirects'), redirectRules(aliases(), base));
      const headers = join(outDir, '_headers');
      await writeFile(headers, headersUnderBase(await readFile(headers, 'utf8'), base));
    },
  };
}
