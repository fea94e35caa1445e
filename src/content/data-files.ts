/**
 * Every YAML data file under content/, listed once: the collection it becomes, its file and its
 * schema. src/content.config.ts makes one collection of each row, and the content check
 * (content-check.ts) checks each row's entries; neither keeps a list of its own.
 *
 * Adding a data file: a row here, its schema in content-schemas.ts (or a file of its own) and
 * the page or component that shows it. Its `sources` and `link` fields are checked like every
 * other entry's.
 */
import type { z } from 'astro/zod';
import {
  comparisonRowSchema,
  decisionAdvisorySchema,
  decisionQuestionSchema,
  faqSchema,
  glossarySchema,
  proConSchema,
  sourceSchema,
  synonymSchema,
} from './content-schemas.ts';
import { factSchema } from './fact-schema.ts';
import { claimSchema } from './claim-schema.ts';

export interface DataFile {
  /** Path from the project root. */
  file: string;
  /** Validates one entry; the file is a YAML list of them, each with a unique `id`. */
  schema: z.ZodObject<z.ZodRawShape>;
}

export const FACTS_FILE = 'content/facts.yaml';
export const SOURCES_FILE = 'content/sources.yaml';
export const SYNONYMS_FILE = 'content/synonyms.yaml';

/** Collection name → data file. `facts` comes first: every other file may refer to its entries. */
export const DATA_FILES = {
  facts: { file: FACTS_FILE, schema: factSchema },
  sources: { file: SOURCES_FILE, schema: sourceSchema },
  comparison: { file: 'content/comparison.yaml', schema: comparisonRowSchema },
  proscons: { file: 'content/proscons.yaml', schema: proConSchema },
  faq: { file: 'content/faq.yaml', schema: faqSchema },
  glossary: { file: 'content/glossary.yaml', schema: glossarySchema },
  decision: { file: 'content/decision.yaml', schema: decisionQuestionSchema },
  advisories: { file: 'content/decision-advisories.yaml', schema: decisionAdvisorySchema },
  claims: { file: 'content/claims.yaml', schema: claimSchema },
  // Applied by the search index (src/search/pagefind.ts), which takes the entries the content check parsed.
  synonyms: { file: SYNONYMS_FILE, schema: synonymSchema },
} as const satisfies Record<string, DataFile>;

export type DataCollection = keyof typeof DATA_FILES;
