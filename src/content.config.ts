import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { guideSchema } from './content/content-schemas.ts';
import { DATA_FILES, type DataCollection, type DataFile } from './content/data-files.ts';
import { documentLoader, jsonDocumentLoader } from './content/json-loader.ts';
import { ALIASES_FILE, parseAliasesFile } from './share/aliases-file.ts';
import { yamlListLoader } from './content/yaml-loader.ts';
import { BENCHMARKS_FILE, parseBenchmarkResults } from './benchmark/benchmark-results.ts';
import { EXAMPLES_COLLECTION, examplesLoader } from './content/examples-loader.ts';
import { GUIDE_COLLECTION, guideLoader } from './content/guide-loader.ts';
import { REGISTRY_COLLECTION, REGISTRY_FILE } from './checks/content-check.ts';
import { parseRegistry } from './checks/rendered-checks.ts';

const position = z.number().int().min(0).describe('Position of the entry in its file; set by the loader, not by authors.');

const factIds = z
  .array(z.string())
  .describe(
    'Fact ids the entry refers to with {{fact:id}}, each once; set by the loader, read by the changes page (src/export/guide-changes.ts).',
  );

/** A collection backed by one YAML list, validated entry by entry by its loader (yamlListLoader). */
function yamlCollection<Shape extends z.ZodRawShape>(name: DataCollection, { schema }: { schema: z.ZodObject<Shape> }) {
  return defineCollection({ loader: yamlListLoader(name), schema: schema.extend({ position, factIds }) });
}

type DataCollections = {
  [Name in keyof typeof DATA_FILES]: ReturnType<typeof yamlCollection<(typeof DATA_FILES)[Name]['schema']['shape']>>;
};

/** One collection per row of src/content/data-files.ts: the list of data files is kept there alone. */
const dataCollections = Object.fromEntries(
  Object.entries(DATA_FILES).map(([name, dataFile]: [string, DataFile]) => [name, yamlCollection(name as DataCollection, dataFile)]),
) as unknown as DataCollections;

export const collections = {
  // The chapters (content/guide/*.mdx): Astro's glob() loader, handing each text to the content gate.
  [GUIDE_COLLECTION]: defineCollection({ loader: guideLoader(), schema: guideSchema }),
  // The framework benchmark's results (`npm run bench:frameworks`), one entry: "results".
  benchmarks: defineCollection({
    loader: jsonDocumentLoader(BENCHMARKS_FILE, 'results', parseBenchmarkResults, 'run npm run bench:frameworks'),
  }),
  // Old fragments and moved pages and where they lead (content/aliases.yaml), one entry: "aliases".
  aliases: defineCollection({
    loader: documentLoader(ALIASES_FILE, 'aliases', 'see README, "Links that never break"', (text, file) => parseAliasesFile(text, file)),
  }),
  // The runnable examples (content/examples/), one entry per file: what code blocks show.
  [EXAMPLES_COLLECTION]: defineCollection({ loader: examplesLoader() }),
  // Every page and fragment the site has published (content/anchors.json), one entry: "registry".
  [REGISTRY_COLLECTION]: defineCollection({
    loader: jsonDocumentLoader(REGISTRY_FILE, 'registry', parseRegistry, { absent: {} }),
  }),
  ...dataCollections,
};
