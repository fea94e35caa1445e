import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Left out of the index inside indexed content. Code blocks: their identifiers would answer
 * prose queries ("login" in every view of the code chapter), their text makes poor excerpts,
 * and they would add a good share of the bytes a search downloads. Inline code stays.
 */
const SEARCH_EXCLUDED = ['pre'];

/**
 * Word occurrences per index chunk. A search downloads every chunk its words fall in; Pagefind's
 * default, 20,000, makes chunks of about 30 KB, so a two- or three-word query would take a
 * first search past its 150 KB budget. At 4,000 a chunk is about 7 KB and the whole index grows
 * by 2%. Pagefind 1.6 reads this from an environment variable it calls unstable: should a
 * release drop it, the index falls back to large chunks and `npm run bench:search` shows it.
 */
const INDEX_CHUNK_SIZE = '4000';

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
        // Read by the Pagefind binary, which createIndex starts as a child process.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
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
