/**
 * The comparison table's category filter as URL state (`/compare/?category=data`). Shared by
 * the page script and its tests, so it imports nothing: the known categories are passed in
 * (the script reads them from the table it filters).
 */
export const CATEGORY_PARAM = 'category';

/** Longer values cannot be a category; skip them before any string work. */
const MAX_VALUE_LENGTH = 64;

/**
 * The category a query string asks for, or undefined for the whole table. Only the first
 * `category` parameter counts, and only if it is one of `known` (case and surrounding spaces
 * aside); anything else (missing, empty, unknown, overlong, hostile) is ignored silently.
 */
export function parseCategoryFilter<T extends string>(search: string, known: readonly T[]): T | undefined {
  const value = new URLSearchParams(search).get(CATEGORY_PARAM);
  if (value === null || value.length > MAX_VALUE_LENGTH) return undefined;
  const candidate = value.trim().toLowerCase();
  return known.find((category) => category === candidate);
}

/**
 * The query string (with its "?", or "" when empty) for showing `category`, or the whole table
 * when undefined. Other parameters are kept; repeated `category` parameters collapse to one.
 */
export function categoryFilterSearch(search: string, category: string | undefined): string {
  const params = new URLSearchParams(search);
  params.delete(CATEGORY_PARAM);
  if (category) params.set(CATEGORY_PARAM, category);
  const query = params.toString();
  return query ? `?${query}` : '';
}
