/**
 * Pure arithmetic and parsing for the framework benchmark harness (src/benchmark/bench-frameworks.ts):
 * wrk's report line, /proc figures, summaries of repeated samples and the smoke verdict.
 */
import { z } from 'astro/zod';

/** One wrk run as content/bench/wrk-report.lua prints it (times in microseconds). */
export interface WrkRun {
  requests: number;
  durationUs: number;
  non2xx: number;
  /** Socket errors: connect, read, write and timeout, added up. */
  socketErrors: number;
  p50Us: number;
  p99Us: number;
}

const WRK_LINE = /^BENCH_JSON (\{.*\})$/m;
const count = z.number().int().nonnegative();
const wrkLineSchema = z.object({
  requests: count,
  duration_us: count,
  non2xx: count,
  connect: count,
  read: count,
  write: count,
  timeout: count,
  p50_us: count,
  p99_us: count,
});

/** Reads the BENCH_JSON line that the Lua `done` hook prints; throws if wrk printed none. */
export function parseWrkReport(stdout: string): WrkRun {
  const json = WRK_LINE.exec(stdout)?.[1];
  if (!json) throw new Error(`wrk printed no BENCH_JSON line:\n${stdout}`);
  const raw = wrkLineSchema.parse(JSON.parse(json));
  return {
    requests: raw.requests,
    durationUs: raw.duration_us,
    non2xx: raw.non2xx,
    socketErrors: raw.connect + raw.read + raw.write + raw.timeout,
    p50Us: raw.p50_us,
    p99Us: raw.p99_us,
  };
}

export function requestsPerSecond(run: WrkRun): number {
  return run.durationUs > 0 ? run.requests / (run.durationUs / 1e6) : 0;
}

/** The parent pid in the text of /proc/<pid>/stat (the command name may hold spaces and parens). */
export function parentPid(statText: string): number {
  const afterName = statText.slice(statText.lastIndexOf(')') + 2);
  return Number(afterName.split(' ')[1]);
}

/**
 * CPU time a process has used, user plus system, in clock ticks, from the text of
 * /proc/<pid>/stat (fields 14 and 15, counted after the parenthesised command name).
 */
export function cpuTicks(statText: string): number {
  const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  return Number(fields[11]) + Number(fields[12]);
}

/** Resident memory in KiB from the text of /proc/<pid>/status, or undefined if absent. */
export function residentKiB(statusText: string): number | undefined {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(statusText);
  return match ? Number(match[1]) : undefined;
}

/** Median of the samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The p-th percentile (0–100) of the samples, nearest-rank on the sorted values. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** A small seeded generator (mulberry32), so that the same samples always give the same interval. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 95% bootstrap interval of the median: the 2.5th and 97.5th percentiles of the medians of
 * `resamples` resamples drawn with replacement (percentile method).
 */
export function bootstrapMedianInterval(samples: readonly number[], resamples = 2000, seed = 1): [number, number] {
  if (samples.length === 0) throw new Error('bootstrap of no samples');
  const random = seededRandom(seed);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const draw = Array.from({ length: samples.length }, () => samples[Math.floor(random() * samples.length)] ?? Number.NaN);
    medians.push(median(draw));
  }
  return [percentile(medians, 2.5), percentile(medians, 97.5)];
}

/** A measured value with the interval the comparisons test for overlap. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  samples: number[];
}

/** Median of repeated samples with its bootstrap 95% interval, rounded to `digits`. */
export function estimate(samples: readonly number[], digits = 2): Estimate {
  const round = (value: number) => Number(value.toFixed(digits));
  const [low, high] = bootstrapMedianInterval(samples);
  return { value: round(median(samples)), low: round(low), high: round(high), samples: samples.map(round) };
}

/** Median of a few samples with their full range as the interval (cold starts, memory, peaks). */
export function rangeEstimate(samples: readonly number[], digits = 2): Estimate {
  const round = (value: number) => Number(value.toFixed(digits));
  return {
    value: round(median(samples)),
    low: round(Math.min(...samples)),
    high: round(Math.max(...samples)),
    samples: samples.map(round),
  };
}

/**
 * The least disturbed of repeated CPU-time samples: the lowest, as value and as both ends (every
 * sample still kept). Other processes only ever add CPU time to a measured one (cold caches, a
 * migration to the other core), never take it away, so on a shared machine the lowest repetition
 * is the best estimate of the work's own cost, and the one that moves least with the load: for
 * Gunicorn's start, the lowest of eleven rose by 40–50% under a load average of 15 against a
 * quiet run, the ratio of two apps' lowest by under 10%, while the medians' intervals tripled.
 */
export function floorEstimate(samples: readonly number[], digits = 2): Estimate {
  const round = (value: number) => Number(value.toFixed(digits));
  const lowest = round(Math.min(...samples));
  return { value: lowest, low: lowest, high: lowest, samples: samples.map(round) };
}

/**
 * Instructions per request: the median of the repetitions, and an interval of at least ±1%
 * around it (the repeatability callgrind is held to), wider when the repetitions spread more.
 */
export function instructionEstimate(samples: readonly number[]): Estimate {
  const value = Math.round(median(samples));
  const spread = Math.max(value * 0.01, ...samples.map((s) => Math.abs(s - value)));
  return { value, low: Math.round(value - spread), high: Math.round(value + spread), samples: samples.map(Math.round) };
}

/** The `totals:` line of a callgrind dump: instructions executed since the last zeroing. */
export function callgrindTotal(dumpText: string): number {
  const match = /^(?:totals|summary):\s+(\d+)/m.exec(dumpText);
  if (!match) throw new Error('callgrind dump has no totals line');
  return Number(match[1]);
}

/** Django's figure divided by Flask's, to two decimals; null when Flask's is zero. */
export function ratio(django: number, flask: number): number | null {
  return flask === 0 ? null : Number((django / flask).toFixed(2));
}

/** One step of the open-loop load: requests sent on a fixed schedule, latency from the scheduled time. */
export interface OpenLoopStep {
  offeredRate: number;
  sent: number;
  completed: number;
  errors: number;
  achievedRate: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** A step is past saturation when it falls 5% behind the schedule, errors on 1%, or p99 passes a second. */
export function saturated(step: OpenLoopStep): boolean {
  return step.achievedRate < step.offeredRate * 0.95 || step.errors > step.sent * 0.01 || step.p99Ms > 1000;
}

/** The smoke run's verdict: one check per thing that must work. */
export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SmokeVerdict {
  passed: number;
  failed: number;
  /** One line per failed check, saying why. */
  failures: string[];
}

export function smokeVerdict(checks: readonly SmokeCheck[]): SmokeVerdict {
  const failures = checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
  return { passed: checks.length - failures.length, failed: failures.length, failures };
}
