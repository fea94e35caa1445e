/**
 * The benchmark's tables and set-up as plain rows of text, for the Markdown twins: the same
 * figures, intervals and computed differences <BenchmarkTable /> and <BenchmarkSetup /> draw
 * (content/benchmarks.json through src/benchmark/bench-compare.ts), so a reader of the `.md`
 * twin gets the numbers rather than a link to them. Pure: results and comparisons in, rows out.
 */
import { benchText, type Comparison } from '../benchmark/bench-compare';
import { formatFigure, formatMegabytes } from '../benchmark/benchmark-chart';
import type { BenchmarkEstimate, BenchmarkResults } from '../benchmark/benchmark-schema';
import { saturated } from '../benchmark/bench-stats';
import { formatDate } from '../site/site';

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
        caption: 'HTTP: peak throughput (median and range) and the highest open-loop rate kept on schedule, with its latency',
        header: [
          'Scenario',
          'Workers',
          'Framework',
          'Peak req/s',
          'Sustained req/s',
          'p50 ms there',
          'p99 ms there',
          'Memory per worker, MiB',
        ],
        rows: results.http.map((run) => {
          const step = run.steps.filter((s) => !saturated(s)).at(-1) ?? run.steps[0]!;
          return [
            results.scenarios.find((s) => s.id === run.scenario)?.label ?? run.scenario,
            SERVERS[run.server],
            NAMES[run.framework],
            estimateText(run.peakRequestsPerSecond),
            formatFigure(step.achievedRate),
            formatFigure(step.p50Ms, 1),
            formatFigure(step.p99Ms, 1),
            estimateText(run.rssPerWorkerMiB, 1),
          ];
        }),
      };
    case 'footprint':
      return {
        caption: 'Cold start (spawning Gunicorn to the first 200 response) and idle worker memory, median and range; install size',
        header: ['App', 'Cold start, ms', 'Idle worker, MiB'],
        rows: [
          ...results.apps.map((app) => [
            app.label,
            estimateText(results.coldStartMs[app.id]!),
            estimateText(results.idleRssMiB[app.id]!, 1),
          ]),
          ...(['django', 'flask'] as const).map((framework) => {
            const install = results.install[framework];
            return [
              `${NAMES[framework]} install`,
              `${formatMegabytes(install.frameworkBytes)} for the framework and its ${install.frameworkPackages} packages`,
              `${formatMegabytes(install.bytes)} for the whole virtualenv (${install.packages} packages)`,
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

/** How the benchmark was run, as label and value pairs: what <BenchmarkSetup /> lists. */
export function benchSetup(results: BenchmarkResults): [string, string][] {
  const { date, machine, versions, config: c, command, smoke, minutes } = results;
  return [
    [
      'Run on',
      `${formatDate(new Date(date))}, ${formatFigure(minutes, 1)} minutes${smoke ? ' (a smoke run: the figures mean nothing)' : ''}`,
    ],
    ['Hardware', `${machine.cpu}, ${machine.cores} cores, ${formatFigure(machine.memoryGiB, 1)} GiB of memory; ${machine.pinning}`],
    [
      'Other load',
      `${machine.background}; load average ${machine.loadAverage.before.join(' / ')} before, ${machine.loadAverage.after.join(' / ')} after`,
    ],
    ['Operating system', `${machine.os}, ${machine.kernel}`],
    [
      'Software',
      Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ],
    ['Database', c.database],
    [
      'Instructions',
      `${c.instructions.requests} requests counted per scenario after ${c.instructions.warmup} uncounted ones, ${c.instructions.repetitions} times`,
    ],
    [
      'CPU time',
      `${c.cpu.repetitions} batches of about ${c.cpu.batchMs} ms per framework and scenario, the two taking turns, after ${c.cpu.warmup} warm-up requests`,
    ],
    [
      'HTTP',
      `${c.http.workers} Gunicorn workers; wrk with ${c.http.wrkConnections} connections, ${c.http.peakRepetitions} × ${c.http.peakSeconds} s for the peak; open-loop steps of ${c.http.stepSeconds} s at ${c.http.rateFractions.map((f) => `${Math.round(f * 100)}%`).join(', ')} of that peak, stopping at the first saturated step; the generator itself sustains ${formatFigure(c.http.generatorLimit)} req/s against an empty server`,
    ],
    ['Command', command],
  ];
}
