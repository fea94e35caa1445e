/**
 * The benchmark's tables and set-up as plain rows of text, for the Markdown twins: the same
 * figures, intervals and computed differences <BenchmarkTable /> and <BenchmarkSetup /> draw
 * (content/benchmarks.json through src/benchmark/bench-compare.ts), so a reader of the `.md`
 * twin gets the numbers rather than a link to them. Pure: results and comparisons in, rows out.
 */
import type { Comparison } from '../benchmark/bench-compare';
import { formatFigure } from '../benchmark/benchmark-chart';
import type { BenchmarkEstimate, BenchmarkResults } from '../benchmark/benchmark-schema';
import { benchTableModel, type BenchCell } from '../benchmark/bench-table';

export interface TextTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** "366 (325–547)": a figure with its interval, or the figure alone when the interval is a point. */
export function estimateText(estimate: Pick<BenchmarkEstimate, 'value' | 'low' | 'high'>, digits = 0): string {
  const value = formatFigure(estimate.value, digits);
  return estimate.low === estimate.high ? value : `${value} (${formatFigure(estimate.low, digits)}–${formatFigure(estimate.high, digits)})`;
}

/** A cell of the table model as Markdown text: clauses that span the row take a column each. */
function cellTexts(cell: BenchCell): string[] {
  if (typeof cell === 'string') return [cell];
  if ('clauses' in cell) return [...cell.clauses, ...Array<string>(Math.max(0, cell.span - cell.clauses.length)).fill('')];
  return [estimateText(cell.estimate, cell.digits)];
}

/** One part of the benchmark table (src/benchmark/bench-table.ts) as rows of text; an unknown part throws naming the parts there are. */
export function benchTable(part: string, results: BenchmarkResults, comparisons: ReadonlyMap<string, Comparison>): TextTable {
  const { caption, header, rows } = benchTableModel(part, results, comparisons);
  return { caption, header, rows: rows.map((row) => row.flatMap(cellTexts)) };
}
