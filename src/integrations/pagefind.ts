import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseYamlCollection } from '../lib/yaml-collection.ts';
import { searchRecords } from '../lib/search-records.ts';
import { synonymSchema, unusedSynonymProblems, type Synonym } from '../lib/search-synonyms.ts';
import { ContentError } from '../lib/content-errors.ts';
import { buildVocabulary, serializeVocabulary } from '../lib/search-vocabulary.ts';
import { VOCABULARY_PATH } from '../lib/search.ts';

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

const SYNONYMS_FILE = 'content/synonyms.yaml';

/** Readers' vocabulary, validated: a malformed file fails the build naming the entry and field. */
async function readSynonyms(): Promise<Synonym[]> {
  return parseYamlCollection(SYNONYMS_FILE, await readFile(SYNONYMS_FILE, 'utf8'), synonymSchema) as Synonym[];
}

/** Every built HTML page outside Pagefind's own folder, as [site path, file]. */
async function builtPages(outDir: string): Promise<[string, string][]> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`));
  return files.sort().map((file) => {
    const path = `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
    return [path, join(outDir, file)];
  });
}

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, with
 * Pagefind's Node API, so `npm run build` alone yields a searchable site. Only elements marked
 * `data-pagefind-body` are indexed (see the layouts), which keeps navigation chrome out.
 *
 * Each page goes to Pagefind as src/lib/search-records.ts prepares it: cleaned, with readers'
 * words (content/synonyms.yaml) as metadata, and split into its own records for comparison
 * rows, FAQ entries, glossary terms and pros and cons. The words of all records become the
 * vocabulary for "did you mean" (VOCABULARY_PATH).
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
          const synonyms = await readSynonyms();
          const texts: string[] = [];
          const usedSynonyms = new Set<string>();
          let pages = 0;
          for (const [path, file] of await builtPages(outDir)) {
            const records = searchRecords(path, await readFile(file, 'utf8'), synonyms, usedSynonyms);
            if (records.length > 0) pages += 1;
            for (const record of records) {
              const added = await index.addHTMLFile({ url: record.url, content: record.html });
              assertNoErrors(`addHTMLFile ${record.url}`, added.errors);
              texts.push(record.text);
            }
          }
          if (texts.length === 0) throw new Error('Pagefind indexed no pages');
          const unused = unusedSynonymProblems(SYNONYMS_FILE, synonyms, usedSynonyms);
          if (unused.length > 0) throw new ContentError(unused);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          assertNoErrors('writeFiles', written.errors);
          const vocabulary = buildVocabulary(
            texts,
            synonyms.flatMap((synonym) => synonym.terms),
          );
          await writeFile(join(outDir, VOCABULARY_PATH), serializeVocabulary(vocabulary));
          logger.info(
            `indexed ${pages} pages as ${texts.length} records into ${written.outputPath}; ${vocabulary.size} words in ${VOCABULARY_PATH}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
