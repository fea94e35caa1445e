/**
 * Pure arithmetic and parsing for the framework benchmark harness (src/cli/bench-frameworks.ts):
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

/** Median and spread of repeated measurements, kept with the samples themselves. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarise(samples: readonly number[], digits = 2): Summary {
  const round = (value: number) => Number(value.toFixed(digits));
  return {
    median: round(median(samples)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    samples: samples.map(round),
  };
}

/** Django's figure divided by Flask's, to two decimals; null when Flask's is zero. */
export function ratio(django: number, flask: number): number | null {
  return flask === 0 ? null : Number((django / flask).toFixed(2));
}

/** Whether a run shows the app erroring under load: any non-2xx, socket error, or no requests. */
export function runFailed(run: WrkRun): boolean {
  return run.requests === 0 || run.non2xx > 0 || run.socketErrors > 0;
}

export interface SmokeVerdict {
  passed: number;
  failed: number;
  /** One line per failed scenario × framework, saying why. */
  failures: string[];
}

/**
 * The smoke test's count: one check per expected scenario × framework, failed when the
 * scenario has no runs (it went missing) or any run failed.
 */
export function smokeVerdict(
  expected: readonly { scenario: string; framework: string }[],
  runs: readonly { scenario: string; framework: string; run: WrkRun }[],
): SmokeVerdict {
  const verdict: SmokeVerdict = { passed: 0, failed: 0, failures: [] };
  for (const { scenario, framework } of expected) {
    const mine = runs.filter((r) => r.scenario === scenario && r.framework === framework);
    const bad = mine.find((r) => runFailed(r.run));
    if (mine.length === 0) {
      verdict.failures.push(`${scenario} (${framework}): missing`);
    } else if (bad) {
      const { run } = bad;
      verdict.failures.push(
        `${scenario} (${framework}): ${run.requests} requests, ${run.non2xx} non-2xx, ${run.socketErrors} socket errors`,
      );
    } else {
      verdict.passed += 1;
      continue;
    }
    verdict.failed += 1;
  }
  return verdict;
}
