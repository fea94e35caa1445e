/**
 * From comparison rows (content/comparison.yaml) to what the table shows: which rows an embed
 * selects, the rows grouped by category in a fixed order, and how many rows favour each side.
 * The table's URL filter, in the browser, is category-filter.ts.
 */
import { splitSourceIds } from '../content/citations.ts';
import type { ComparisonRow } from '../content/content-schemas.ts';
import { CATEGORY_LABELS, COMPARISON_CATEGORIES, EDGE_LABELS, EDGES, type ComparisonCategory, type Edge } from '../site/vocabulary.ts';

// Defined in vocabulary.ts; re-exported for existing imports.
export { CATEGORY_LABELS, EDGE_LABELS, type ComparisonCategory, type Edge };
export type EdgeCounts = Record<Edge, number>;

/** The fields this module reads; tests can pass plain objects. */
type Row = Pick<ComparisonRow, 'id' | 'category' | 'edge'> & { featured?: boolean };

export function isComparisonCategory(value: string): value is ComparisonCategory {
  return (COMPARISON_CATEGORIES as readonly string[]).includes(value);
}

export interface RowSelection {
  /** One category, e.g. "data". */
  category?: string | undefined;
  /** Row ids separated by spaces or commas (as in `<Cite s>`), shown in the order given. */
  ids?: string | undefined;
  /** Only the rows marked `featured` (the home page's short table). */
  featured?: boolean | undefined;
}

/**
 * The rows an embedded table shows: one category, a list of ids, the featured rows, or (with
 * none of these) all rows.
 * An unknown category or id is an author's mistake, so it throws and fails the build.
 */
export function selectRows<T extends Row>(rows: readonly T[], { category, ids, featured = false }: RowSelection): T[] {
  if (category !== undefined && ids !== undefined) throw new Error('give either category or ids, not both');
  if (featured && (category !== undefined || ids !== undefined))
    throw new Error('featured picks its own rows: give it without category or ids');
  if (featured) return rows.filter((row) => row.featured);
  if (category !== undefined) {
    if (!isComparisonCategory(category)) {
      throw new Error(`unknown category "${category}" (expected one of: ${COMPARISON_CATEGORIES.join(', ')})`);
    }
    return rows.filter((row) => row.category === category);
  }
  if (ids !== undefined) {
    const wanted = [...new Set(splitSourceIds(ids))];
    if (wanted.length === 0) throw new Error('ids is empty');
    return wanted.map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row) throw new Error(`unknown comparison row id "${id}"`);
      return row;
    });
  }
  return [...rows];
}

export function countEdges(rows: readonly Row[]): EdgeCounts {
  const counts = Object.fromEntries(EDGES.map((edge) => [edge, 0])) as EdgeCounts;
  for (const row of rows) counts[row.edge] += 1;
  return counts;
}

/** "Django 2, Tie 1, Depends 2": the non-zero counts in the fixed edge order. */
export function formatEdgeCounts(counts: EdgeCounts): string {
  return EDGES.filter((edge) => counts[edge] > 0)
    .map((edge) => `${EDGE_LABELS[edge]} ${counts[edge]}`)
    .join(', ');
}

export interface CategoryGroup<T extends Row> {
  category: ComparisonCategory;
  label: string;
  rows: T[];
  edges: EdgeCounts;
}

/** Rows grouped by category in the schema's fixed order (not the order rows arrive in); empty categories are left out. */
export function groupByCategory<T extends Row>(rows: readonly T[]): CategoryGroup<T>[] {
  return COMPARISON_CATEGORIES.map((category) => {
    const inCategory = rows.filter((row) => row.category === category);
    return { category, label: CATEGORY_LABELS[category], rows: inCategory, edges: countEdges(inCategory) };
  }).filter((group) => group.rows.length > 0);
}
