import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from '../site/written-pages.ts';
import { SYNONYMS_FILE } from '../content/data-files.ts';
import { SEARCH_EXCLUDED, searchRecords } from './search-records.ts';
import { unusedSynonymProblems, type Synonym } from './search-synonyms.ts';
import { ContentError } from '../site/content-errors.ts';
import { buildVocabulary, countWords, serializeVocabulary } from './search-vocabulary.ts';
import { VOCABULARY_PATH } from './search.ts';

/**
 * Word occurrences per index chunk. A search downloads every chunk its words fall in, besides
 * the list of chunks (pf_meta), which grows with their number. Pagefind's default, 20,000,
 * makes chunks of about 30 KB; at 1,000 a chunk is about 2 KB and the list about 3 KB, which
 * together cost a one-word first search least (at 4,000: 7 and 2 KB), and the whole index
 * grows by 7%. Pagefind 1.6 reads this from an environment variable it calls unstable: should
 * a release drop it, the index falls back to large chunks, tests/site/upstream-built.test.ts
 * fails and `npm run bench:search` shows the cost.
 */
const INDEX_CHUNK_SIZE = '1000';

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
 *
 * Each page goes to Pagefind as src/search/search-records.ts prepares it: cleaned, with readers'
 * words (content/synonyms.yaml) as metadata, and split into its own records for comparison
 * rows, FAQ entries, glossary terms and pros and cons. The words of all records become the
 * vocabulary for "did you mean" (VOCABULARY_PATH). `readerWords` gives the entries of
 * content/synonyms.yaml as the content check validated them (a data file like any other:
 * src/content/data-files.ts).
 */
export function pagefindIndex(readerWords: () => readonly Synonym[]): BuildStep {
  let index: pagefind.PagefindIndex | undefined;
  let synonyms: readonly Synonym[] = [];
  const usedSynonyms = new Set<string>();
  // The words of the records, counted as they go to Pagefind: no record is kept.
  const wordCounts = new Map<string, number>();
  let pages = 0;
  let records = 0;
  return {
    name: 'search-index',
    start: async () => {
      // Read by the Pagefind binary, which createIndex starts as a child process.
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
      const created = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
      assertNoErrors('createIndex', created.errors);
      if (!created.index) throw new Error('Pagefind createIndex returned no index');
      index = created.index;
      synonyms = readerWords();
    },
    page: async ({ path, html }) => {
      const pageRecords = searchRecords(path, html, synonyms, usedSynonyms);
      if (pageRecords.length > 0) pages += 1;
      for (const record of pageRecords) {
        const added = await index!.addHTMLFile({ url: record.url, content: record.html });
        assertNoErrors(`addHTMLFile ${record.url}`, added.errors);
        countWords(wordCounts, record.text);
        records += 1;
      }
    },
    finish: async ({ outDir, logger }) => {
      if (records === 0) throw new Error('Pagefind indexed no pages');
      const unused = unusedSynonymProblems(SYNONYMS_FILE, synonyms, usedSynonyms);
      if (unused.length > 0) throw new ContentError(unused);
      const written = await index!.writeFiles({ outputPath: `${outDir}/pagefind` });
      assertNoErrors('writeFiles', written.errors);
      const vocabulary = buildVocabulary(
        [],
        synonyms.flatMap((synonym) => synonym.terms),
        wordCounts,
      );
      await writeFile(join(outDir, VOCABULARY_PATH), serializeVocabulary(vocabulary));
      logger.info(
        `indexed ${pages} pages as ${records} records into ${written.outputPath}; ${vocabulary.size} words in ${VOCABULARY_PATH}`,
      );
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
