import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails loudly: Pagefind reports most problems as `errors` arrays rather than by throwing. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, with
 * Pagefind's Node API, so `npm run build` alone yields a searchable site. Only elements marked
 * `data-pagefind-body` are indexed (see the layouts), which keeps navigation chrome out.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          assertNoErrors('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
