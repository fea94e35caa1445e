/**
 * The benchmark's tables and set-up as plain rows of text, for the Markdown twins: the same
 * figures, intervals and computed differences <BenchmarkTable /> and <BenchmarkSetup /> draw
 * (content/benchmarks.json through src/benchmark/bench-compare.ts), so a reader of the `.md`
 * twin gets the numbers rather than a link to them. Pure: results and comparisons in, rows out.
 */
import type { Comparison } from '../benchmark/bench-compare';
import { formatFigure } from '../benchmark/benchmark-chart';
import type { BenchmarkEstimate, BenchmarkResults } from '../benchmark/benchmark-schema';
import { benchTableModel, type BenchCell, type BenchTablePart } from '../benchmark/bench-table';

export interface TextTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** The twin's caption of each part: what its figures are (the CPU columns give the median and interval). */
const CAPTIONS: Record<BenchTablePart, string> = {
  inprocess: 'Instructions and CPU time per request, called in process (CPU time: median and 95% interval)',
  http: 'HTTP: peak throughput (closed loop, median and range) and the server CPU time per request (lowest run), both shown, not compared; memory per worker after the closed-loop runs. Latency is left out: on a shared core it timed the queue behind other jobs.',
  footprint:
    'Cold start (spawning Gunicorn to the first 200 response) as CPU time (the lowest start, the figure compared) and as wall time (median and range); idle worker memory; install size',
  stacks: 'What each app runs with',
};

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
  const { header, rows } = benchTableModel(part, results, comparisons);
  return { caption: CAPTIONS[part as BenchTablePart], header, rows: rows.map((row) => row.flatMap(cellTexts)) };
}
