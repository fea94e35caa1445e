import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  comparisonRowSchema,
  decisionQuestionSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  proConSchema,
  sourceSchema,
} from './lib/content-schemas.ts';
import { yamlListLoader } from './lib/yaml-loader.ts';

/** Top-level content folder, relative to the project root. */
const contentDir = 'content';

/** A collection backed by one YAML list, validated entry by entry (see yamlListLoader). */
function yamlCollection<Schema extends z.ZodObject>(name: string, schema: Schema) {
  const path = `${contentDir}/${name}.yaml`;
  return defineCollection({
    loader: yamlListLoader(path, schema),
    schema,
  });
}

export const collections = {
  guide: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/guide` }),
    schema: guideSchema,
  }),
  sources: yamlCollection('sources', sourceSchema),
  comparison: yamlCollection('comparison', comparisonRowSchema),
  proscons: yamlCollection('proscons', proConSchema),
  faq: yamlCollection('faq', faqSchema),
  glossary: yamlCollection('glossary', glossarySchema),
  decision: yamlCollection('decision', decisionQuestionSchema),
};
