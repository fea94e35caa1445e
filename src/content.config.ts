import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  comparisonRowSchema,
  decisionQuestionSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  proConSchema,
  sourceSchema,
} from './lib/content-schemas.ts';
import { yamlListLoader } from './data/yaml-loader.ts';
import { claimSchema } from './lib/claim-schema.ts'; // added by evidence

/** Top-level content folder, relative to the project root. */
const contentDir = 'content';

/**
 * A collection backed by one YAML list, validated entry by entry (see yamlListLoader). The
 * loader adds each entry's `position` in the file, because Astro returns entries sorted by id
 * and the file order is the curated reading order.
 */
function yamlCollection<Shape extends z.ZodRawShape>(name: string, schema: z.ZodObject<Shape>) {
  const path = `${contentDir}/${name}.yaml`;
  return defineCollection({
    loader: yamlListLoader(path, schema),
    schema: schema.extend({
      position: z.number().int().min(0).describe('Position of the entry in its file; set by the loader, not by authors.'),
    }),
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
  claims: yamlCollection('claims', claimSchema), // added by evidence: what the articles claim, and what holds
};
