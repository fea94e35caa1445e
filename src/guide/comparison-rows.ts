import type { ComparisonRow } from '../content/content-schemas';
import { inFileOrder } from '../content/ordered';

/** Every comparison row (content/comparison.yaml), in the file's curated order. */
export async function getComparisonRows(): Promise<ComparisonRow[]> {
  return (await inFileOrder('comparison')).map((entry) => entry.data);
}
