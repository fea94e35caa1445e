/**
 * The text of a <Bench> reference in prose, for the HTML component and the Markdown twin alike:
 * a computed comparison's field, or, with `over`, how many times one scenario's figure is
 * another's for one framework ("5.8×"), so prose can say what a change in the application saves
 * without quoting raw counts.
 */
import { BENCH_FIELDS, benchText, lookupComparison, type BenchField, type Comparison } from './bench-compare.ts';
import { formatFigure } from './benchmark-chart.ts';

export interface BenchReference {
  metric: string;
  show?: string | undefined;
  over?: string | undefined;
}

export function benchFigureText(comparisons: ReadonlyMap<string, Comparison>, { metric, show = 'summary', over }: BenchReference): string {
  const tag = `<Bench metric="${metric}"${over === undefined ? '' : ` over="${over}"`} show="${show}">`;
  if (!(BENCH_FIELDS as readonly string[]).includes(show)) throw new Error(`${tag}: unknown show; use one of ${BENCH_FIELDS.join(', ')}`);
  const comparison = lookupComparison(comparisons, metric, tag);
  if (over === undefined) return benchText(comparison, show as BenchField);
  if (show !== 'django' && show !== 'flask') throw new Error(`${tag}: with over, show must be django or flask`);
  const base = lookupComparison(comparisons, over, tag);
  if (base.unit !== comparison.unit) throw new Error(`${tag}: the two figures have different units (${comparison.unit}, ${base.unit})`);
  const denominator = base[show].value;
  return denominator === 0 ? 'n/a' : `${formatFigure(comparison[show].value / denominator, 1)}×`;
}
