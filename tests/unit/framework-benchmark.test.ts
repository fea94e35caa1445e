/**
 * The framework benchmark: the harness's arithmetic and parsing (src/benchmark/bench-stats.ts), the
 * chart geometry (src/benchmark/benchmark-chart.ts), the results schema, and the committed results
 * file content/benchmarks.json, which the performance chapter renders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VARIANTS, SCENARIOS } from '../../src/benchmark/bench-scenarios';
import {
  bootstrapMedianInterval,
  callgrindTotal,
  estimate,
  instructionEstimate,
  median,
  parentPid,
  parseWrkReport,
  percentile,
  floorEstimate,
  rangeEstimate,
  ratio,
  requestsPerSecond,
  residentKiB,
  saturated,
  smokeVerdict,
  type OpenLoopStep,
} from '../../src/benchmark/bench-stats';
import { formatCompact, formatFigure, formatMegabytes, formatTick, layoutBarChart, niceCeiling } from '../../src/benchmark/benchmark-chart';
import { parseBenchmarkResults } from '../../src/benchmark/benchmark-results';
import type { BenchmarkResults } from '../../src/benchmark/benchmark-schema';

const RESULTS_FILE = 'content/benchmarks.json';
const committed = (): unknown => JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));

const WRK_OUTPUT = `Running 1s test @ http://127.0.0.1:4000/plaintext
  1 threads and 8 connections
BENCH_JSON {"requests":1200,"duration_us":2000000,"non2xx":3,"connect":1,"read":2,"write":0,"timeout":4,"p50_us":1500,"p99_us":9000,"max_us":12000}
`;

const step = (overrides: Partial<OpenLoopStep> = {}): OpenLoopStep => ({
  offeredRate: 100,
  sent: 300,
  completed: 300,
  errors: 0,
  achievedRate: 99,
  p50Ms: 2,
  p90Ms: 4,
  p99Ms: 9,
  maxMs: 12,
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

  it('reads the instruction total of a callgrind dump', () => {
    expect(callgrindTotal('events: Ir\nsummary: 5332184\n')).toBe(5332184);
    expect(callgrindTotal('fn=x\ntotals: 12\n')).toBe(12);
    expect(() => callgrindTotal('events: Ir\n')).toThrow(/no totals line/);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 99)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
  });

  it('gives a bootstrap interval of the median that holds the median, narrows with more samples and repeats exactly', () => {
    const noisy = [10, 12, 11, 30, 9, 10, 11, 12, 10, 11];
    const [low, high] = bootstrapMedianInterval(noisy);
    expect(low).toBeLessThanOrEqual(median(noisy));
    expect(high).toBeGreaterThanOrEqual(median(noisy));
    expect(bootstrapMedianInterval(noisy)).toEqual([low, high]);
    const [wideLow, wideHigh] = bootstrapMedianInterval([10, 30, 11]);
    expect(wideHigh - wideLow).toBeGreaterThan(high - low);
    expect(estimate([1.26, 1.24, 1.25], 1)).toMatchObject({ value: 1.3, samples: [1.3, 1.2, 1.3] });
  });

  it('gives instruction counts an interval of at least ±1%, wider when repetitions spread more', () => {
    expect(instructionEstimate([1000, 1000])).toMatchObject({ value: 1000, low: 990, high: 1010 });
    expect(instructionEstimate([1000, 1100])).toMatchObject({ value: 1050, low: 1000, high: 1100 });
    expect(rangeEstimate([3, 1, 2], 0)).toEqual({ value: 2, low: 1, high: 3, samples: [3, 1, 2] });
    // CPU time a busy machine can only add to: the least disturbed sample stands for the work.
    expect(floorEstimate([3.14, 1.26, 2.5], 1)).toEqual({ value: 1.3, low: 1.3, high: 1.3, samples: [3.1, 1.3, 2.5] });
  });

  it('gives Django ÷ Flask, and no ratio against a zero', () => {
    expect(ratio(500, 1000)).toBe(0.5);
    expect(ratio(5, 0)).toBeNull();
  });

  it('calls an open-loop step saturated when it falls behind, errors or queues for a second', () => {
    expect(saturated(step())).toBe(false);
    expect(saturated(step({ achievedRate: 90 }))).toBe(true);
    expect(saturated(step({ errors: 4 }))).toBe(true);
    expect(saturated(step({ p99Ms: 1500 }))).toBe(true);
  });

  it('counts smoke checks, naming each failure', () => {
    const verdict = smokeVerdict([
      { name: 'plaintext (django)', ok: true, detail: 'status 200' },
      { name: 'query (flask)', ok: false, detail: 'status 500, 0 bytes' },
    ]);
    expect(verdict).toEqual({ passed: 1, failed: 1, failures: ['query (flask): status 500, 0 bytes'] });
  });
});

describe('benchmark charts', () => {
  const groups = [
    {
      label: 'A',
      bars: [
        { framework: 'django' as const, value: 50, low: 40, high: 60, text: 'Django 50' },
        { framework: 'flask' as const, value: 100, low: 100, high: 100, text: 'Flask 100' },
      ],
    },
  ];

  it('puts every bar on a shared axis from 0 to a round maximum, whiskers included', () => {
    const chart = layoutBarChart(groups);
    expect(chart.max).toBe(100);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    const [half, full] = chart.groups[0]!.bars;
    expect(half).toMatchObject({ width: 50, whiskerFrom: 40, whiskerTo: 60 });
    expect(full).toMatchObject({ width: 100, whiskerFrom: 100, whiskerTo: 100 });
    expect(layoutBarChart([{ label: 'B', bars: [{ framework: 'django', value: 80, low: 70, high: 130, text: '' }] }]).max).toBe(200);
  });

  it('rounds axis maxima up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 7, 12, 21, 240, 251, 999, 1001].map(niceCeiling)).toEqual([1, 10, 20, 25, 250, 500, 1000, 2000]);
  });

  it('formats figures with separators, ticks short, and bytes as megabytes', () => {
    expect(formatFigure(12345.678)).toBe('12,346');
    expect(formatFigure(3.14159, 1)).toBe('3.1');
    expect(formatTick(250_000)).toBe('250k');
    expect(formatTick(2_500_000)).toBe('2.5M');
    expect(formatTick(12.5)).toBe('12.5');
    expect(formatMegabytes(28_399_939)).toBe('28.4 MB');
    expect([27_366_105, 616_537, 9_876.5].map((v) => formatCompact(v, 1))).toEqual(['27.37M', '616.5k', '9,876.5']);
  });
});

describe('the results schema', () => {
  it('fails naming the field when one is missing', () => {
    const broken = committed() as BenchmarkResults;
    delete (broken.scenarios[0]!.cpuUs as Partial<BenchmarkResults['scenarios'][0]['cpuUs']>).django;
    delete (broken.machine as Partial<BenchmarkResults['machine']>).cpu;
    expect(() => parseBenchmarkResults(broken, RESULTS_FILE)).toThrow(/content\/benchmarks\.json: scenarios\[0\]\.cpuUs\.django: /);
    expect(() => parseBenchmarkResults(broken, RESULTS_FILE)).toThrow(/content\/benchmarks\.json: machine\.cpu: /);
  });

  it('refuses a full run without instruction counts', () => {
    const broken = committed() as BenchmarkResults;
    delete broken.scenarios[0]!.instructions;
    expect(() => parseBenchmarkResults(broken, RESULTS_FILE)).toThrow(/a full run has instruction counts for every scenario/);
  });
});

describe(`the committed results (${RESULTS_FILE})`, () => {
  const results = parseBenchmarkResults(committed(), RESULTS_FILE);

  it('come from a full run on Django 6.1 and Python 3.12 or later, with every scenario and app variant', () => {
    expect(results.smoke).toBe(false);
    expect(results.command).toMatch(/^npm run bench:frameworks/);
    expect(results.versions.django).toMatch(/^6\.1\./);
    const [major = 0, minor = 0] = results.versions.python!.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(312);
    expect(results.scenarios.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    expect(results.apps.map((a) => a.id)).toEqual(APP_VARIANTS.map((a) => a.id));
  });

  it('keep every raw sample: the CPU batches and both instruction repetitions per framework', () => {
    for (const s of results.scenarios) {
      for (const framework of ['django', 'flask'] as const) {
        expect(s.cpuUs[framework].samples, `${s.id} ${framework}`).toHaveLength(results.config.cpu.repetitions);
        expect(s.instructions![framework].samples, `${s.id} ${framework}`).toHaveLength(results.config.instructions.repetitions);
      }
    }
  });

  it('repeat instruction counts within 1% between repetitions for most scenarios, and never beyond their interval', () => {
    const spreads = results.scenarios.flatMap((s) =>
      (['django', 'flask'] as const).map((framework) => {
        const { value, low, high, samples } = s.instructions![framework];
        for (const sample of samples) expect(sample >= low && sample <= high, `${s.id} ${framework}`).toBe(true);
        return Math.max(...samples.map((sample) => Math.abs(sample - value) / value));
      }),
    );
    expect(spreads.filter((spread) => spread < 0.01).length / spreads.length).toBeGreaterThanOrEqual(0.85);
    expect(Math.max(...spreads)).toBeLessThan(0.06);
  });

  it('load every HTTP run without errors in its first open-loop step', () => {
    for (const run of results.http) expect(run.steps[0]!.errors, `${run.server} ${run.scenario} ${run.framework}`).toBe(0);
  });
});
