/**
 * The framework benchmark: the harness's arithmetic and parsing (src/lib/bench-stats.ts), the
 * chart geometry (src/lib/benchmark-chart.ts), the results schema, and the committed results
 * file content/benchmarks.json, which the performance chapter renders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SERVER_VARIANTS } from '../../src/lib/bench-scenarios';
import {
  median,
  parentPid,
  parseWrkReport,
  ratio,
  requestsPerSecond,
  residentKiB,
  smokeVerdict,
  summarise,
  type WrkRun,
} from '../../src/lib/bench-stats';
import { CHART_METRICS, chartGroups, formatFigure, formatMegabytes, layoutBarChart, type ChartBar } from '../../src/lib/benchmark-chart';
import { parseBenchmarkResults } from '../../src/lib/benchmark-results';
import type { BenchmarkResults } from '../../src/lib/benchmark-schema';

const RESULTS_FILE = 'content/benchmarks.json';
const committed = (): unknown => JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));

const WRK_OUTPUT = `Running 1s test @ http://127.0.0.1:4000/plaintext
  1 threads and 8 connections
BENCH_JSON {"requests":1200,"duration_us":2000000,"non2xx":3,"connect":1,"read":2,"write":0,"timeout":4,"p50_us":1500,"p99_us":9000,"max_us":12000}
`;

const run = (overrides: Partial<WrkRun> = {}): WrkRun => ({
  requests: 100,
  durationUs: 1e6,
  non2xx: 0,
  socketErrors: 0,
  p50Us: 1000,
  p99Us: 2000,
  ...overrides,
});

describe('benchmark harness arithmetic', () => {
  it('reads the Lua hook’s line out of wrk’s output, adding up socket errors', () => {
    const parsed = parseWrkReport(WRK_OUTPUT);
    expect(parsed).toEqual({ requests: 1200, durationUs: 2e6, non2xx: 3, socketErrors: 7, p50Us: 1500, p99Us: 9000 });
    expect(requestsPerSecond(parsed)).toBe(600);
    expect(() => parseWrkReport('Running 1s test\n')).toThrow(/no BENCH_JSON line/);
  });

  it('reads the parent pid and resident memory from /proc texts, even with a spaced command name', () => {
    expect(parentPid('4242 (gunicorn: worker (x)) S 4200 4200 4200 0 -1')).toBe(4200);
    expect(residentKiB('Name:\tgunicorn\nVmRSS:\t   43520 kB\nThreads:\t1\n')).toBe(43520);
    expect(residentKiB('Name:\tkthreadd\n')).toBeUndefined();
  });

  it('summarises repetitions as median and range, keeping the samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    expect(summarise([10.123, 30.5, 20.25], 1)).toEqual({ median: 20.3, min: 10.1, max: 30.5, samples: [10.1, 30.5, 20.3] });
  });

  it('gives Django ÷ Flask, and no ratio against a zero', () => {
    expect(ratio(500, 1000)).toBe(0.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(5, 0)).toBeNull();
  });

  it('fails a smoke check for a missing scenario, an error response, a socket error or no requests', () => {
    const expected = ['ok', 'non2xx', 'socket', 'empty', 'missing'].flatMap((scenario) =>
      (['django', 'flask'] as const).map((framework) => ({ scenario, framework })),
    );
    const runs = [
      { scenario: 'ok', framework: 'django', run: run() },
      { scenario: 'ok', framework: 'flask', run: run() },
      { scenario: 'non2xx', framework: 'django', run: run() },
      { scenario: 'non2xx', framework: 'flask', run: run({ non2xx: 1 }) },
      { scenario: 'socket', framework: 'django', run: run({ socketErrors: 2 }) },
      { scenario: 'socket', framework: 'flask', run: run() },
      { scenario: 'empty', framework: 'django', run: run({ requests: 0 }) },
      { scenario: 'empty', framework: 'flask', run: run() },
    ];
    const verdict = smokeVerdict(expected, runs);
    expect(verdict.passed).toBe(5);
    expect(verdict.failed).toBe(5);
    expect(verdict.failures).toEqual([
      'non2xx (flask): 100 requests, 1 non-2xx, 0 socket errors',
      'socket (django): 100 requests, 0 non-2xx, 2 socket errors',
      'empty (django): 0 requests, 0 non-2xx, 0 socket errors',
      'missing (django): missing',
      'missing (flask): missing',
    ]);
  });
});

describe('benchmark charts', () => {
  const groups = [
    {
      label: 'A',
      bars: [
        { framework: 'django' as const, value: 50, min: 40, max: 60, text: 'Django 50' },
        { framework: 'flask' as const, value: 100, min: 100, max: 100, text: 'Flask 100' },
      ],
    },
    { label: 'B', bars: [{ framework: 'django' as const, value: 25, text: 'Django 25' }] },
  ];

  it('scales every bar and whisker to the largest figure and keeps room for the value after it', () => {
    const chart = layoutBarChart(groups);
    const bars = chart.groups.flatMap((g) => g.bars);
    const [half, full] = bars as [ChartBar, ChartBar];
    const longest = Math.max(...bars.map((b) => b.whisker?.x2 ?? chart.x0 + b.width));
    expect(half.width * 2).toBeCloseTo(full.width);
    expect(half.whisker!.x2).toBeLessThan(full.width);
    expect(full.whisker, 'no whisker when the range is empty').toBeUndefined();
    expect(longest).toBeLessThanOrEqual(chart.width - 100);
    for (const b of bars) expect(b.textX).toBeGreaterThan(Math.max(b.width, b.whisker?.x2 ?? 0));
  });

  it('stacks groups and bars top to bottom without overlap, inside the height', () => {
    const chart = layoutBarChart(groups);
    const ys = chart.groups.flatMap((g) => [g.labelY, ...g.bars.map((b) => b.y)]);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const last = chart.groups.at(-1)!.bars.at(-1)!;
    expect(last.y + chart.barHeight).toBeLessThanOrEqual(chart.height);
  });

  it('formats figures with separators, and bytes as megabytes', () => {
    expect(formatFigure(12345.678)).toBe('12,346');
    expect(formatFigure(3.14159, 1)).toBe('3.1');
    expect(formatMegabytes(28_399_939)).toBe('28.4 MB');
  });
});

describe('the results schema', () => {
  it('fails naming the field a chapter shows when it is missing', () => {
    const broken = committed() as BenchmarkResults;
    delete (broken.scenarios[0]!.django as Partial<BenchmarkResults['scenarios'][0]['django']>).latencyP99Ms;
    delete (broken.machine as Partial<BenchmarkResults['machine']>).cpu;
    expect(() => parseBenchmarkResults(broken, RESULTS_FILE)).toThrow(/content\/benchmarks\.json: scenarios\[0\]\.django\.latencyP99Ms: /);
    expect(() => parseBenchmarkResults(broken, RESULTS_FILE)).toThrow(/content\/benchmarks\.json: machine\.cpu: /);
  });
});

describe(`the committed results (${RESULTS_FILE})`, () => {
  const results = parseBenchmarkResults(committed(), RESULTS_FILE);

  it('come from a full run with every scenario and server variant the harness defines', () => {
    expect(results.smoke).toBe(false);
    expect(results.command).toMatch(/^npm run bench:frameworks/);
    expect(results.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(results.servers.map((s) => s.id)).toEqual(SERVER_VARIANTS.map((s) => s.id));
    for (const scenario of results.scenarios) {
      for (const framework of ['django', 'flask'] as const) {
        expect(scenario[framework].requestsPerSecond.samples, `${scenario.id} ${framework}`).toHaveLength(results.config.repetitions);
        expect(scenario[framework].errors, `${scenario.id} ${framework} errored under load`).toBe(0);
      }
    }
  });

  it('chart every metric with one bar per framework per scenario', () => {
    for (const metric of Object.keys(CHART_METRICS) as (keyof typeof CHART_METRICS)[]) {
      const groups = chartGroups(results, metric);
      const bars = groups.flatMap((g) => g.bars);
      expect(bars.length, metric).toBe(metric === 'coldStartMs' ? results.servers.length : results.scenarios.length * 2);
      for (const bar of bars) expect(bar.text, metric).toMatch(/^(Django|Flask) [\d,.]+ /);
    }
  });

  // Each claim below is a sentence of the chapter's "What the figures mean" and "claims" sections;
  // after a new run, a failure here means the prose must change with the figures.
  it('still bear out what the performance chapter says about them', () => {
    const byId = (id: string) => results.scenarios.find((s) => s.id === id)!;
    const cpu = (id: string, framework: 'django' | 'flask') => byId(id)[framework].cpuMsPerRequest.median;
    const cpuRatio = (id: string) => byId(id).ratio.cpuMsPerRequest!;
    const gap = (id: string) => Math.abs(cpu(id, 'django') - cpu(id, 'flask'));
    // "There the two differ by at most about a third of a millisecond of CPU time, less than one
    // repetition differs from the next" (plain text and JSON; also the Stepmedia and Citrusbug rows)
    const spread = (id: string) =>
      Math.max(...(['django', 'flask'] as const).map((f) => byId(id)[f].cpuMsPerRequest.max - byId(id)[f].cpuMsPerRequest.min));
    for (const id of ['plaintext', 'json', 'plaintext-lean', 'session-user']) {
      expect(gap(id), id).toBeLessThan(0.35);
      expect(gap(id), id).toBeLessThan(spread(id));
    }
    // "Removing most of Django's default middleware saved about a quarter of a millisecond of CPU
    // time per plain-text request, bringing Django level with bare Flask"
    const saved = cpu('plaintext', 'django') - cpu('plaintext-lean', 'django');
    expect(saved).toBeGreaterThan(0.1);
    expect(saved).toBeLessThan(0.4);
    expect(gap('plaintext-lean')).toBeLessThan(0.1);
    // "The clearest gap is in templates: ... Django's template engine markedly more CPU time than Jinja"
    expect(cpuRatio('template')).toBeGreaterThan(1.3);
    // "about a millisecond of CPU time or less in every scenario except the 21-query page"
    for (const s of results.scenarios.filter((s) => s.id !== 'related-naive')) expect(gap(s.id), s.id).toBeLessThan(1.15);
    // "One ORM query costs more than all of either framework's routing and middleware"
    for (const framework of ['django', 'flask'] as const) {
      expect(cpu('query', framework) - cpu('plaintext', framework), framework).toBeGreaterThan(gap('plaintext'));
    }
    // "per query request the Django twin used more CPU than the Flask twin" (Stepmedia row: "Flask's
    // twin was ahead ... in template rendering and in a single ORM query")
    expect(cpuRatio('query')).toBeGreaterThan(1);
    // Edureka row: "about a millisecond of CPU per request at most, small beside what a page with many
    // queries costs in either"
    for (const s of results.scenarios.filter((s) => s.id !== 'related-naive')) {
      expect(gap(s.id), s.id).toBeLessThan(Math.min(cpu('related-naive', 'django'), cpu('related-naive', 'flask')) / 4);
    }
    // "The naive page ... is the slowest scenario in both frameworks, and ... a join makes it
    // at least twice as cheap in either. Fixing that one query pattern saves more than switching
    // frameworks would."
    const widestRatio = Math.max(...results.scenarios.map((s) => Math.max(s.ratio.cpuMsPerRequest!, 1 / s.ratio.cpuMsPerRequest!)));
    for (const framework of ['django', 'flask'] as const) {
      expect(Math.max(...results.scenarios.map((s) => s[framework].cpuMsPerRequest.median)), framework).toBe(
        cpu('related-naive', framework),
      );
      expect(cpu('related-naive', framework) / cpu('related-fixed', framework), framework).toBeGreaterThan(Math.max(2, widestRatio));
    }
    // "Each worker of the Flask twin holds more memory than a Django worker"
    for (const s of results.scenarios) expect(s.flask.rssPerWorkerMiB.median, s.id).toBeGreaterThan(s.django.rssPerWorkerMiB.median);
    // "Flask with its own dependencies is a fraction of Django's size, but the twin's whole virtualenv ... is larger"
    const { django, flask } = results.install;
    expect(flask.frameworkBytes).toBeLessThan(django.frameworkBytes / 2);
    expect(flask.bytes).toBeGreaterThan(django.bytes);
    // Citrusbug row: the Flask twin "did not start faster" (within a tenth)
    const start = (id: string) => results.servers.find((s) => s.id === id)!.coldStartMs.median;
    expect(start('flask-bare')).toBeGreaterThanOrEqual(start('django-default') * 0.9);
  });
});
