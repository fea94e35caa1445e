/**
 * Schema of the claims data, content/claims.yaml: for each topic, what each of the five articles
 * claims (in our words), our verdict and its evidence, and the guide section that settles it. The
 * claims tables, the myths chapter's summary and every count of articles ("three of the five
 * articles …") render from it, so a count can never disagree with the data behind it. Each
 * field's description is the documentation for authors.
 */
import { z } from 'astro/zod';
import { idSchema } from './content-schemas.ts';

/** The five articles the guide consolidates, by their ids in content/sources.yaml, in display order. */
export const ARTICLE_IDS = ['stepmedia', 'citrusbug', 'apidog', 'edureka', 'dec2020'] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];

/** How an article stands on a topic's claim. */
export const STANCES = ['makes', 'disputes', 'mixed'] as const;
export type Stance = (typeof STANCES)[number];

/** What the evidence says about a claim. */
export const VERDICTS = ['holds', 'outdated', 'wrong', 'disputed', 'not-measured'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that rebut a claim: they need a home section where the rebuttal stands. */
export const REBUTTING_VERDICTS: readonly Verdict[] = ['wrong', 'outdated'];

const articleClaimSchema = z
  .object({
    stance: z
      .enum(STANCES)
      .describe('"makes": the article states the claim; "disputes": it argues against it; "mixed": it says both in different places.'),
    says: z.string().min(10).describe('What the article says on the topic, in our own words (no run of ten words from the article).'),
  })
  .nullable()
  .describe('The article on this topic; `null` when it is silent.');

/** A site-internal link such as `/guide/myths/#flask-is-only-for-small-projects`; checked against the built pages. */
const homeSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s#]*#[^\s#]+$/, 'must be a site path with a section fragment, e.g. "/guide/myths/#some-heading"');

export const claimSchema = z.object({
  id: idSchema.describe('Stable id of the topic; used by <ClaimsTable topics="…" />, <ClaimCount topic="…" /> and the decision tool.'),
  claim: z.string().min(5).describe('The claim as a short statement, e.g. "Flask is faster than Django".'),
  articles: z
    .object(Object.fromEntries(ARTICLE_IDS.map((id) => [id, articleClaimSchema])) as Record<ArticleId, typeof articleClaimSchema>)
    .strict()
    .describe('One key per article (stepmedia, citrusbug, apidog, edureka, dec2020), each required: write `null` when it is silent.'),
  verdict: z.enum(VERDICTS).describe('What the evidence says: holds, outdated, wrong, disputed (the evidence is divided) or not-measured.'),
  holds: z.string().min(10).describe('What holds, in one or two sentences: the answer a reader takes away.'),
  evidence: z
    .object({
      sources: z.array(idSchema).default([]).describe('Ids in content/sources.yaml: primary sources that settle the claim.'),
      facts: z.array(idSchema).default([]).describe('Ids in content/facts.yaml: figures the verdict rests on.'),
      metrics: z
        .array(z.string().min(1))
        .default([])
        .describe('Benchmark metric ids (defined with content/benchmarks.json), e.g. "plaintext.cpuMsPerRequest"; free-form here.'),
    })
    .describe('What the verdict rests on; at least one source, fact or metric.'),
  home: homeSchema
    .optional()
    .describe('The guide section where the claim is settled (required for wrong and outdated verdicts); the build checks it exists.'),
});

export type Claim = z.output<typeof claimSchema>;
export type ArticleClaim = NonNullable<Claim['articles'][ArticleId]>;
