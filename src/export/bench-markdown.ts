/**
 * The benchmark's tables and set-up as plain rows of text, for the Markdown twins: the same
 * figures, intervals and computed differences <BenchmarkTable /> and <BenchmarkSetup /> draw
 * (content/benchmarks.json through src/benchmark/bench-compare.ts), so a reader of the `.md`
 * twin gets the numbers rather than a link to them. Pure: results and comparisons in, rows out.
 */
import { benchText, type Comparison } from '../benchmark/bench-compare';
import { formatFigure, formatMegabytes } from '../benchmark/benchmark-chart';
import type { BenchmarkEstimate, BenchmarkResults } from '../benchmark/benchmark-schema';

export const BENCH_TABLE_PARTS = ['inprocess', 'http', 'footprint', 'stacks'] as const;
export type BenchTablePart = (typeof BENCH_TABLE_PARTS)[number];

export interface TextTable {
  caption: string;
  header: string[];
  rows: string[][];
}

const NAMES = { django: 'Django', flask: 'Flask' } as const;
const SERVERS = { sync: 'sync', gthread: 'gthread ×4', asgi: 'asgi' } as const;

/** "366 (325–547)": a figure with its interval, or the figure alone when the interval is a point. */
export function estimateText(estimate: Pick<BenchmarkEstimate, 'value' | 'low' | 'high'>, digits = 0): string {
  const value = formatFigure(estimate.value, digits);
  return estimate.low === estimate.high ? value : `${value} (${formatFigure(estimate.low, digits)}–${formatFigure(estimate.high, digits)})`;
}

/** One part of the benchmark table; an unknown part throws naming the parts there are. */
export function benchTable(part: string, results: BenchmarkResults, comparisons: ReadonlyMap<string, Comparison>): TextTable {
  const difference = (id: string) => {
    const c = comparisons.get(id);
    return c ? benchText(c, 'difference') : 'n/a';
  };
  switch (part) {
    case 'inprocess':
      return {
        caption: 'Instructions and CPU time per request, called in process (CPU time: median and 95% interval)',
        header: [
          'Scenario',
          'Instructions Django',
          'Instructions Flask',
          'Instructions: difference',
          'CPU µs Django',
          'CPU µs Flask',
          'CPU time: difference',
        ],
        rows: results.scenarios.map((s) => [
          s.label,
          s.instructions ? formatFigure(s.instructions.django.value) : 'n/a',
          s.instructions ? formatFigure(s.instructions.flask.value) : 'n/a',
          difference(`instructions.${s.id}`),
          estimateText(s.cpuUs.django),
          estimateText(s.cpuUs.flask),
          difference(`cpu.${s.id}`),
        ]),
      };
    case 'http':
      return {
        caption:
          'HTTP: peak throughput (closed loop, median and range) and the server CPU time per request (lowest run), both shown, not compared; memory per worker after the closed-loop runs. Latency is left out: on a shared core it timed the queue behind other jobs.',
        header: ['Scenario', 'Workers', 'Framework', 'Peak req/s', 'Server CPU µs per request', 'Memory per worker, MiB'],
        rows: results.http.map((run) => [
          results.scenarios.find((s) => s.id === run.scenario)?.label ?? run.scenario,
          SERVERS[run.server],
          NAMES[run.framework],
          estimateText(run.peakRequestsPerSecond),
          estimateText(run.serverCpuUsPerRequest),
          estimateText(run.rssPerWorkerMiB, 1),
        ]),
      };
    case 'footprint':
      return {
        caption:
          'Cold start (spawning Gunicorn to the first 200 response) as CPU time (the lowest start, the figure compared) and as wall time (median and range); idle worker memory; install size',
        header: ['App', 'Cold start CPU, ms', 'Cold start wall, ms', 'Idle worker, MiB'],
        rows: [
          ...results.apps.map((app) => [
            app.label,
            estimateText(results.coldStartCpuMs[app.id]!),
            estimateText(results.coldStartMs[app.id]!),
            estimateText(results.idleRssMiB[app.id]!, 1),
          ]),
          ...(['django', 'flask'] as const).map((framework) => {
            const install = results.install[framework];
            return [
              `${NAMES[framework]} install`,
              `${formatMegabytes(install.frameworkBytes)} for the framework and its ${install.frameworkPackages} packages`,
              `${formatMegabytes(install.bytes)} for the whole virtualenv (${install.packages} packages)`,
              '',
            ];
          }),
        ],
      };
    case 'stacks':
      return {
        caption: 'What each app runs with',
        header: ['App', 'Runs with'],
        rows: results.apps.map((app) => [app.label, app.stack]),
      };
    default:
      throw new Error(`<BenchmarkTable part="${part}">: use one of ${BENCH_TABLE_PARTS.join(', ')}`);
  }
}
