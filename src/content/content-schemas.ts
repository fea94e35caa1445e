/**
 * Zod schemas for every content collection. They live here, apart from src/content.config.ts,
 * so that unit tests can exercise them without Astro's runtime. Every field carries a
 * description: it is the documentation for content authors (see README.md).
 */
import { z } from 'astro/zod';
import { CHAPTER_GROUPS, COMPARISON_CATEGORIES, EDGES, FRAMEWORKS, PRO_CON_KINDS } from '../site/vocabulary.ts';

// The lists live in vocabulary.ts (importable without Zod); re-exported for existing imports.
export { CHAPTER_GROUPS, COMPARISON_CATEGORIES, EDGES, FRAMEWORKS };

/** Lower-case words joined by single hyphens: safe in URLs, fragments and HTML ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().regex(ID_PATTERN, 'must be lower-case words joined by hyphens, e.g. "rest-apis"');

const sourceIdsSchema = z
  .array(idSchema)
  .min(1, 'cite at least one source')
  .describe('Ids of the entries in content/sources.yaml that back this item.');

/** A site-internal link such as `/guide/features/#routing`; checked against the site at build. */
const internalLinkSchema = z.string().regex(/^\/(?!\/)[^\s]*$/, 'must be a site path starting with "/", e.g. "/guide/features/#routing"');

export const frameworkSchema = z.enum(FRAMEWORKS);

export const guideSchema = z.object({
  title: z.string().min(1).describe('Chapter title, shown as the page heading and in the <title>.'),
  description: z.string().min(20).max(200).describe('One or two sentences for search results, link previews and the meta description.'),
  order: z.number().int().min(0).describe('Position of the chapter in the table of contents (ascending).'),
  group: z.enum(CHAPTER_GROUPS).describe('Sidebar group the chapter is listed under.'),
  updated: z.coerce.date().describe('Date the chapter was last reviewed for accuracy (YYYY-MM-DD).'),
  // --- added by travel: changelog lines, listed on /changes/ and in its feed ---
  changes: z
    .array(
      z.object({
        date: z.coerce.date().describe('The day the change was published (YYYY-MM-DD).'),
        summary: z.string().min(20).max(300).describe('What changed for a reader, in one sentence: a new section, a corrected claim.'),
        section: z.string().regex(ID_PATTERN).optional().describe('Id of the section the change is about, when it is one section.'),
      }),
    )
    .default([])
    .describe('Changes a reader cares about (new or substantially revised sections, corrected claims), newest or oldest first.'),
})
  // A field the schema does not know is a typo or a leftover: name it rather than drop it. A chapter's
  // sources are the ones it cites, derived from its text.
  .strict();

/** Subjects the primary references are grouped by on /sources/, in display order. */
export const SOURCE_SUBJECTS = [
  'Django',
  'Flask and Pallets',
  'Django packages',
  'Flask extensions',
  'Python libraries and other frameworks',
  'Standards, benchmarks and surveys',
  'Products built on each framework',
] as const;

export const sourceSchema = z.object({
  id: idSchema.describe('Short id used in citations, e.g. "apidog"; also the anchor on /sources/.'),
  kind: z
    .enum(['article', 'reference'])
    .default('article')
    .describe('"article" for the five comparisons the guide consolidates; "reference" for primary sources of current facts.'),
  subject: z
    .enum(SOURCE_SUBJECTS)
    .optional()
    .describe('For references: the group it is listed under on /sources/ (references without one come last).'),
  publisher: z.string().min(1).describe('Who published the article.'),
  author: z.string().min(1).optional().describe('Named author, when the article gives one.'),
  title: z.string().min(1).describe('Article title as published (or a note when the saved copy has none).'),
  date: z.string().min(4).describe('Publication date as precisely as known, e.g. "12 November 2024".'),
  dateNote: z.string().optional().describe('How the date was established, when the article does not state it.'),
  year: z
    .number()
    .int()
    .min(1990)
    .max(2100)
    .describe('Year of publication (for references: of the version consulted), shown next to every citation.'),
  short: z.string().min(1).max(24).describe('Compact label used in inline citations, e.g. "Apidog".'),
  tableName: z
    .string()
    .min(1)
    .max(48)
    .optional()
    .describe('How tables name an article whose `short` is no name (it has no publisher): its title, shortened. Defaults to `short`.'),
  url: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })
    .optional()
    .describe('Address of the original article, when known.'),
  // Added by evidence: a reader checking a source must learn why there is no link.
  urlNote: z.string().min(10).optional().describe('When `url` is unknown: says so plainly and what is known of where the article lives.'),
  takes: z.string().min(1).describe('What this site takes from the source, in one or two sentences.'),
});

export const comparisonRowSchema = z.object({
  id: idSchema.describe('Stable id; the row anchor is #row-<id>. Never change a published id.'),
  category: z.enum(COMPARISON_CATEGORIES).describe('Category used by the table filter.'),
  dimension: z.string().min(1).describe('What is compared, e.g. "Learning curve".'),
  django: z.string().min(1).describe("Django's side, in a short phrase."),
  flask: z.string().min(1).describe("Flask's side, in a short phrase."),
  edge: z.enum(EDGES).describe('Which framework this dimension favours: django, flask, tie or depends.'),
  note: z.string().min(1).describe('One sentence of context or caveat.'),
  sources: sourceIdsSchema,
  link: internalLinkSchema.describe('Guide section that explains this row, e.g. "/guide/features/#routing".'),
  featured: z.boolean().default(false).describe('Show this row in the at-a-glance table on the home page.'),
});

export const proConSchema = z.object({
  id: idSchema.describe('Stable id; the item anchor is #<framework>-<kind>-<id>.'),
  framework: frameworkSchema.describe('Which framework the item is about.'),
  kind: z.enum(PRO_CON_KINDS).describe('Whether the item is an advantage or a drawback.'),
  text: z.string().min(1).describe('The point in a short sentence.'),
  detail: z.string().min(1).describe('One or two sentences of explanation or nuance.'),
  sources: sourceIdsSchema,
  link: internalLinkSchema.describe('Guide section that discusses the point.'),
});

export const faqSchema = z.object({
  id: idSchema.describe('Stable id; the question anchor is #faq-<id>.'),
  question: z.string().min(1).describe('The question as a reader would ask it.'),
  answer: z.string().min(1).describe('A short answer in plain text.'),
  sources: sourceIdsSchema,
  link: internalLinkSchema.optional().describe('Guide section with the full answer.'),
});

export const glossarySchema = z.object({
  id: idSchema.describe('Stable id; the term anchor is #term-<id>.'),
  term: z.string().min(1).describe('The term as usually written, e.g. "WSGI".'),
  expansion: z.string().optional().describe('What an abbreviation stands for.'),
  definition: z.string().min(1).describe('A plain-language definition.'),
  sources: z.array(idSchema).default([]).describe('References that back the definition; empty for a truism, an article only where the term is its own framing.'),
  link: internalLinkSchema.optional().describe('Guide section where the term matters most.'),
});

/** What a decision weight rests on: a guide section ("/guide/<chapter>/#<section>") or a claim ("claim:<id>"). */
export const GUIDE_SECTION_PATTERN = /^\/guide\/[a-z0-9]+(?:-[a-z0-9]+)*\/#[^\s#/?]+$/;
export const CLAIM_BASIS_PREFIX = 'claim:';
const basisSchema = z
  .string()
  .refine(
    (basis) =>
      GUIDE_SECTION_PATTERN.test(basis) ||
      (basis.startsWith(CLAIM_BASIS_PREFIX) && ID_PATTERN.test(basis.slice(CLAIM_BASIS_PREFIX.length))),
    'must be a guide section such as "/guide/myths/#flask-is-always-easier-for-beginners" or a claim such as "claim:flask-easier-to-start"',
  );

export const decisionOptionSchema = z
  .object({
    id: idSchema.describe('Option id; appears in shareable URLs as ?<question>=<option>.'),
    label: z.string().min(1).describe('Answer text shown next to the radio button.'),
    django: z.number().int().min(0).max(3).describe('Points this answer gives Django (0 to 3; points are never negative).'),
    flask: z.number().int().min(0).max(3).describe('Points this answer gives Flask (0 to 3). At most one of the two is above 0.'),
    reason: z.string().min(1).describe('One-line reason shown when this answer matters.'),
    link: internalLinkSchema.describe('Guide section that explains the reason.'),
    restsOn: basisSchema
      .optional()
      .describe(
        'What the weight rests on, when not the `link` section: a guide section "/guide/<chapter>/#<section>" (must exist in the build) or a claim "claim:<id>" of content/claims.yaml (must not be marked wrong).',
      ),
    advisory: idSchema
      .optional()
      .describe('Id of the advisory this answer triggers (an entry of content/decision-advisories.yaml), e.g. api-frameworks.'),
  })
  .superRefine((option, ctx) => {
    // A reason shown for an answer is a reason for one side, so its points are that side's points.
    if (option.django > 0 && option.flask > 0)
      ctx.addIssue({ code: 'custom', path: ['flask'], message: 'an answer gives points to one framework at most (set one weight to 0)' });
    // The weight must rest on a guide section (or a claim); `link` stands in when restsOn is absent.
    // (A link that is no site path at all already has its own message.)
    const sitePath = internalLinkSchema.safeParse(option.link).success;
    if ((option.django > 0 || option.flask > 0) && option.restsOn === undefined && sitePath && !GUIDE_SECTION_PATTERN.test(option.link))
      ctx.addIssue({
        code: 'custom',
        path: ['link'],
        message: `a weighted answer must rest on a guide section ("/guide/<chapter>/#<section>"); give restsOn or link to a section, not ${option.link}`,
      });
  });

/**
 * An advisory (content/decision-advisories.yaml): a suggestion past both frameworks that the
 * decision tool shows when a chosen answer names it. That the ids options name exist, and that
 * such an option gives no points to the advisory's poor fit, is checked across the two files
 * (src/decision/decision-basis.ts).
 */
export const decisionAdvisorySchema = z.object({
  id: idSchema.describe('Advisory id, named by options in content/decision.yaml, e.g. "api-frameworks".'),
  title: z.string().min(1).describe('What to consider, as a short imperative; the link text of the advisory.'),
  reason: z.string().min(1).describe('Why, in one or two sentences.'),
  link: internalLinkSchema.describe('The guide section that explains it.'),
  poorFit: frameworkSchema
    .optional()
    .describe(
      'The framework this advisory says serves such an answer poorly: the tool then never gives it a plain verdict and lowers the confidence, and an option naming the advisory may not give it points.',
    ),
});

export const decisionQuestionSchema = z.object({
  id: idSchema.describe('Question id; the URL parameter name.'),
  order: z.number().int().min(0).describe('Display order.'),
  prompt: z.string().min(1).describe('The question.'),
  help: z.string().optional().describe('A hint shown under the question.'),
  options: z
    .array(decisionOptionSchema)
    .min(2)
    .superRefine((options, ctx) => {
      // Each option is a radio input whose id and label derive from its id: two alike would mix them up.
      options.forEach((option, i) => {
        const first = options.findIndex((other) => other.id === option.id);
        if (first < i)
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate option id "${option.id}" (also options[${first}])` });
      });
    })
    .describe('Possible answers (at least two), with distinct ids.'),
});

/** A site page path in the site's form: lower-case segments, each ending with "/". */
const pagePathSchema = z.string().regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, 'must be a page path such as "/guide/faq/"');
/** A fragment as it appears in a URL: no spaces, "#", "/" or "?". */
const fragmentSchema = z.string().regex(/^[^\s#/?]+$/, 'must be a fragment id without "#"');

export const fragmentAliasSchema = z.object({
  page: pagePathSchema.describe('The page the fragment belongs to, e.g. "/guide/ecosystem/".'),
  from: fragmentSchema.describe('The old fragment id, without "#".'),
  to: fragmentSchema.describe('Its id now, on the same page.'),
});

export const pageMoveSchema = z.object({
  from: pagePathSchema.describe('The old page path, e.g. "/faq/"; the site builds a redirect page there.'),
  to: pagePathSchema.describe('Where it lives now.'),
});

/** content/aliases.yaml: both lists are required (write `[]` for none), so an emptied file fails. */
export const aliasesSchema = z.object(
  {
    fragments: z.array(fragmentAliasSchema).describe('Old #fragments of a page and their ids now.'),
    pages: z.array(pageMoveSchema).describe('Old page paths and where the pages live now.'),
  },
  { error: 'expected a `fragments:` list and a `pages:` list (write `[]` for none)' },
);

export type GuideData = z.infer<typeof guideSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;
export type ProCon = z.infer<typeof proConSchema>;
export type FaqEntry = z.infer<typeof faqSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type DecisionQuestion = z.infer<typeof decisionQuestionSchema>;
export type DecisionOption = z.infer<typeof decisionOptionSchema>;
export type DecisionAdvisory = z.infer<typeof decisionAdvisorySchema>;

/**
 * One entry of content/synonyms.yaml: readers' words for a topic the guide names otherwise,
 * applied when the search index is built (src/search/search-synonyms.ts).
 */
export const synonymSchema = z.object({
  id: idSchema.describe('Stable id of the entry, e.g. "admin".'),
  means: z
    .string()
    .regex(/^[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)*$/u, 'must be one or more plain words, e.g. "admin" or "background tasks"')
    .describe(
      'The word(s) the guide uses for the topic. A record whose title or a heading contains them (as word beginnings: "deploy" names "Deployment") is found by the readers\' terms too.',
    ),
  terms: z
    .array(z.string().regex(/^[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)*$/u, 'must be plain words separated by single spaces'))
    .min(1, 'list at least one reader term')
    .describe('What readers type for the topic, e.g. ["admin panel", "admin dashboard"].'),
});
