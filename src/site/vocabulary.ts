/**
 * The site's fixed vocabulary, each list and label in one place: the two frameworks and their
 * names, how a comparison row's edge reads, the comparison categories, the sidebar groups, the
 * kinds of pros and cons. Plain constants with no dependencies (no Zod), so that the content
 * schemas, build-time code and browser scripts all import the same lists.
 */

export const FRAMEWORKS = ['django', 'flask'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** How each framework is written in prose, headings, tabs and filters. */
export const FRAMEWORK_NAMES = { django: 'Django', flask: 'Flask' } as const satisfies Record<Framework, string>;

/** Which side a comparison row favours. */
export const EDGES = [...FRAMEWORKS, 'tie', 'depends'] as const;
export type Edge = (typeof EDGES)[number];

/** The edge as words, so it never depends on colour alone. */
export const EDGE_LABELS: Readonly<Record<Edge, string>> = { ...FRAMEWORK_NAMES, tie: 'Tie', depends: 'Depends' };

/** Comparison table categories, in display order, with their headings. */
export const CATEGORY_LABELS = {
  architecture: 'Architecture',
  data: 'Data and admin',
  security: 'Security',
  apis: 'APIs and services',
  async: 'Async and background work',
  performance: 'Performance',
  learning: 'Learning and productivity',
  teams: 'Teams and project size',
  ecosystem: 'Ecosystem',
  operations: 'Operations and tooling',
} as const;
export type ComparisonCategory = keyof typeof CATEGORY_LABELS;
export const COMPARISON_CATEGORIES = Object.keys(CATEGORY_LABELS) as [ComparisonCategory, ...ComparisonCategory[]];

/** Sidebar groups, in display order. */
export const CHAPTER_GROUPS = ['Start here', 'Architecture', 'Features', 'In practice', 'Deciding', 'Reference'] as const;
export type ChapterGroup = (typeof CHAPTER_GROUPS)[number];

/** Pros and cons: the two kinds of item, with their headings. */
export const PRO_CON_KINDS = ['pro', 'con'] as const;
export type ProConKind = (typeof PRO_CON_KINDS)[number];
export const PRO_CON_KIND_LABELS: Readonly<Record<ProConKind, string>> = { pro: 'Pros', con: 'Cons' };
