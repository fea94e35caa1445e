import { getCollection } from 'astro:content';
import type { ComparisonRow } from '../lib/content-schemas';

/**
 * Every comparison row (content/comparison.yaml), alphabetically by dimension. (Astro returns
 * entries sorted by id, not in file order, and ids mean nothing to a reader.)
 */
export async function getComparisonRows(): Promise<ComparisonRow[]> {
  const rows = (await getCollection('comparison')).map((entry) => entry.data);
  return rows.sort((a, b) => a.dimension.localeCompare(b.dimension, 'en'));
}
