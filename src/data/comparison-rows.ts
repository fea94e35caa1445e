import type { ComparisonRow } from '../lib/content-schemas';
import { inFileOrder } from './ordered';

/** Every comparison row (content/comparison.yaml), in the file's curated order. */
export async function getComparisonRows(): Promise<ComparisonRow[]> {
  return (await inFileOrder('comparison')).map((entry) => entry.data);
}
