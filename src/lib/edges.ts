import type { ComparisonRow } from './content-schemas.ts';

/** How a row's edge reads in a table: words, not only colour. */
export const EDGE_LABELS: Record<ComparisonRow['edge'], string> = {
  django: 'Django',
  flask: 'Flask',
  tie: 'Tie',
  depends: 'Depends',
};
