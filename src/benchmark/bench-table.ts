/**
 * The framework benchmark's tables as one model, derived from the results (content/benchmarks.json)
 * and their comparisons (bench-compare.ts): each part's columns and rows, each cell saying what
 * it holds, not how it looks. <BenchmarkTable /> draws it as HTML and the Markdown twin
 * (src/export/bench-markdown.ts) as text, so the two never list different columns or rows.
 * Pure: results and comparisons in, rows out.
 */
import { benchText, MINIMUM_SEPARATION, type Comparison } from './bench-compare.ts';
import { formatFigure, formatMegabytes } from './benchmark-chart.ts';
import type { BenchmarkEstimate, BenchmarkResults } from './benchmark-schema.ts';

export const BENCH_TABLE_PARTS = ['inprocess', 'http', 'footprint', 'stacks'] as const;
export type BenchTablePart = (typeof BENCH_TABLE_PARTS)[number];

/**
 * One cell: plain text; a measured figure with its interval; or clauses that fill the rest of the
 * row (the page joins them in one cell across `span` columns, the Markdown table, which cannot
 * span, gives each its own column and leaves the rest empty). A timed figure that is compared is
 * plain text: the figure its comparison takes (the lowest sample), in the page and its twin alike.
 */
export type BenchCell =
  string | { estimate: Pick<BenchmarkEstimate, 'value' | 'low' | 'high'>; digits: number } | { clauses: string[]; span: number };

export interface BenchTableModel {
  /** What the table shows, in a few words (the page's accessible name of the scrolling region). */
  label: string;
  /** What its figures are and how they are compared: the page's figure caption and the twin's. */
  caption: string;
  header: string[];
  /** Each row's first cell names it (a row header). */
  rows: [name: string, ...cells: BenchCell[]][];
}

const NAMES = { django: 'Django', flask: 'Flask' } as const;
const SERVERS = { sync: 'sync', gthread: 'gthread ×4', asgi: 'asgi' } as const;

const isPart = (part: string): part is BenchTablePart => (BENCH_TABLE_PARTS as readonly string[]).includes(part);

/** One part of the benchmark table; an unknown part throws naming the parts there are. */
export function benchTableModel(part: string, results: BenchmarkResults, comparisons: ReadonlyMap<string, Comparison>): BenchTableModel {
  if (!isPart(part)) throw new Error(`<BenchmarkTable part="${part}">: use one of ${BENCH_TABLE_PARTS.join(', ')}`);
  const difference = (id: string) => {
    const c = comparisons.get(id);
    return c ? benchText(c, 'difference') : 'n/a';
  };
  /** A side's figure as the comparison takes it, unit left to the header. */
  const compared = (id: string, side: 'django' | 'flask') => {
    const c = comparisons.get(id);
    return c ? formatFigure(c[side].value, c.digits) : 'n/a';
  };
  /** The app a scenario runs for one framework, by its label ("Flask with Flask-SQLAlchemy"). */
  const appLabel = (scenarioId: string, framework: 'django' | 'flask') => {
    const variant = results.scenarios.find((s) => s.id === scenarioId)?.sides[framework].variant;
    return results.apps.find((app) => app.id === variant)?.label ?? NAMES[framework];
  };
  switch (part) {
    case 'inprocess':
      return {
        label: 'Instructions and CPU time per request',
        caption: `Per request, called in process: instructions (callgrind, empty app subtracted, ±1%) and CPU microseconds (the lowest of ${results.config.cpu.repetitions} batches). Django ÷ Flask: Django's figure over Flask's, above 1 where Django needs more. A ratio counts as a difference for instructions only where the intervals part, for CPU time only where the figures are at least ${Math.round((MINIMUM_SEPARATION.cpu - 1) * 100)}% apart, or ${Math.round((MINIMUM_SEPARATION.waiting - 1) * 100)}% for requests that query PostgreSQL; short of that, the reason follows the ratio.`,
        header: [
          'Scenario',
          'Instructions Django',
          'Instructions Flask',
          'Instructions: Django ÷ Flask',
          'CPU µs Django',
          'CPU µs Flask',
          'CPU time: Django ÷ Flask',
        ],
        rows: results.scenarios.map((s) => [
          s.label,
          s.instructions ? formatFigure(s.instructions.django.value) : 'n/a',
          s.instructions ? formatFigure(s.instructions.flask.value) : 'n/a',
          difference(`instructions.${s.id}`),
          compared(`cpu.${s.id}`, 'django'),
          compared(`cpu.${s.id}`, 'flask'),
          difference(`cpu.${s.id}`),
        ]),
      };
    case 'http':
      return {
        label: 'HTTP: peak throughput, server CPU time and memory',
        caption: `Peak: closed-loop wrk, ${results.config.http.wrkConnections} connections, median and range of ${results.config.http.peakRepetitions} runs; shown, not compared. Server CPU: what Gunicorn's master and workers were charged per request during those runs, the two frameworks taking turns, lowest run; also shown, not compared. Memory: each worker's resident set after the closed-loop runs. Latency is not shown: on this shared core it measured the queue behind other jobs more than either framework.`,
        // The app, not only the framework: a query runs Flask with Flask-SQLAlchemy, plain text bare
        // Flask, and the memory column differs as much by that as by framework.
        header: ['Scenario', 'Workers', 'App', 'Peak req/s', 'Server CPU µs per request', 'Memory per worker, MiB'],
        rows: results.http.map((run) => [
          results.scenarios.find((s) => s.id === run.scenario)?.label ?? run.scenario,
          SERVERS[run.server],
          appLabel(run.scenario, run.framework),
          { estimate: run.peakRequestsPerSecond, digits: 0 },
          { estimate: run.serverCpuUsPerRequest, digits: 0 },
          { estimate: run.rssPerWorkerMiB, digits: 1 },
        ]),
      };
    case 'footprint':
      return {
        label: 'Cold start, idle memory and install size',
        caption:
          'Cold start: spawning Gunicorn with one sync worker until its first 200 response, as the CPU time its processes were charged (the lowest start; the figure compared) and as wall time (median and range). Memory: resident set of that worker after the response, median and range.',
        header: ['App', 'Cold start CPU, ms', 'Cold start wall, ms', 'Idle worker, MiB'],
        rows: [
          ...results.apps.map((app): BenchTableModel['rows'][number] => [
            app.label,
            { estimate: results.coldStartCpuMs[app.id]!, digits: 0 },
            { estimate: results.coldStartMs[app.id]!, digits: 0 },
            { estimate: results.idleRssMiB[app.id]!, digits: 1 },
          ]),
          ...(['django', 'flask'] as const).map((framework): BenchTableModel['rows'][number] => {
            const install = results.install[framework];
            return [
              `${NAMES[framework]} install`,
              {
                clauses: [
                  `${formatMegabytes(install.frameworkBytes)} for the framework and its ${install.frameworkPackages} packages`,
                  `${formatMegabytes(install.bytes)} for the whole virtualenv (${install.packages} packages)`,
                ],
                span: 3,
              },
            ];
          }),
        ],
      };
    case 'stacks':
      return {
        label: 'What each app runs with',
        caption: 'Each app variant measured, and what it runs with.',
        header: ['App', 'Runs with'],
        rows: results.apps.map((app) => [app.label, app.stack]),
      };
  }
}
