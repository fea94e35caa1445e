/**
 * Schema of content/benchmarks.json, the results of `npm run bench:frameworks`. The harness
 * checks its output against it before writing, and the build checks the committed file
 * (src/benchmark/benchmarks.ts), so a figure the site shows can never be missing. Every raw sample is
 * kept next to the figure drawn from it.
 */
import { z } from 'astro/zod';

const estimateSchema = z
  .object({
    value: z.number().nonnegative().describe('The median of the samples.'),
    low: z.number().nonnegative().describe('Low end of the interval the comparisons test for overlap.'),
    high: z.number().nonnegative().describe('High end of that interval.'),
    samples: z.array(z.number().nonnegative()).min(1).describe('Every raw sample, in the order taken.'),
  })
  .refine((e) => e.low <= e.value && e.value <= e.high, 'low ≤ value ≤ high');

const bothSchema = z.object({ django: estimateSchema, flask: estimateSchema });

const sideSchema = z.object({ variant: z.string().min(1), path: z.string().startsWith('/') });

const scenarioSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  description: z.string().min(1),
  interface: z.enum(['wsgi', 'asgi']),
  sides: z.object({ django: sideSchema, flask: sideSchema }),
  instructions: bothSchema
    .optional()
    .describe(
      'Instructions per request (callgrind), the empty app’s subtracted; interval ±1% or the repetitions’ spread if wider. Absent only in a smoke run.',
    ),
  baselineInstructions: z
    .object({ django: z.number().nonnegative(), flask: z.number().nonnegative() })
    .optional()
    .describe('Instructions per request of the empty app in the same virtualenv, already subtracted.'),
  cpuUs: bothSchema.describe(
    'Process CPU microseconds per request in process: median of the batches, bootstrap 95% interval. The comparison takes the lowest batch from the samples (lowestOf in src/benchmark/bench-compare.ts). A side several scenarios share (the same app, interface and path) is timed once, so it carries the same samples in each (src/benchmark/bench-cpu-groups.ts).',
  ),
});

const stepSchema = z.object({
  offeredRate: z.number().positive(),
  sent: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  achievedRate: z.number().nonnegative(),
  p50Ms: z.number().nonnegative(),
  p90Ms: z.number().nonnegative(),
  p99Ms: z.number().nonnegative(),
  maxMs: z.number().nonnegative(),
});

const httpRunSchema = z.object({
  server: z.enum(['sync', 'gthread', 'asgi']),
  scenario: z.string().min(1),
  framework: z.enum(['django', 'flask']),
  variant: z.string().min(1),
  path: z.string().startsWith('/'),
  peakRequestsPerSecond: estimateSchema.describe(
    'Closed-loop wrk, peak throughput only: median and range of the repetitions. Shown, not compared: it moves with the other work on the server’s core.',
  ),
  serverCpuUsPerRequest: estimateSchema.describe(
    'CPU microseconds (user + system) the Gunicorn master and its workers used per request during each closed-loop repetition, the twins taking turns: the lowest repetition as value and both ends (src/benchmark/bench-stats.ts floorEstimate says why), every sample kept. Shown with the peak; both read too variable to compare (MINIMUM_SEPARATION.server in src/benchmark/bench-compare.ts).',
  ),
  steps: z.array(stepSchema).min(1).describe('The open-loop sweep, in increasing rate, up to the first saturated step.'),
  rssPerWorkerMiB: estimateSchema.describe(
    'Resident memory of each worker after the closed-loop repetitions (a fixed number of connections), before the open-loop sweep.',
  ),
});

const installSchema = z.object({
  packages: z.number().int().positive().describe('Installed packages in the virtualenv, pip and setuptools excluded.'),
  bytes: z.number().int().positive(),
  frameworkPackages: z.number().int().positive().describe('The framework and what it requires, nothing else.'),
  frameworkBytes: z.number().int().positive(),
  requirements: z.string().min(1).describe('The pinned requirements file the virtualenv was built from.'),
});

const confirmationSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01'),
    minutes: z.number().positive(),
    loadAverage: z.object({ before: z.array(z.number()), after: z.array(z.number()) }).describe('1, 5 and 15 minute load averages.'),
    instructionCounts: z.number().int().nonnegative().describe('Instruction counts compared (both frameworks, every scenario).'),
    instructionCountsWithin: z.number().int().nonnegative().describe('How many of them agreed within 1%.'),
    largestInstructionDifference: z.number().nonnegative().describe('The largest difference between the two runs’ counts, as a fraction.'),
    largestInstructionDifferenceAt: z.string().min(1).describe('Where it was: framework and scenario.'),
    verdicts: z.number().int().nonnegative().describe('Comparisons whose verdicts were compared.'),
    verdictsAgreed: z.number().int().nonnegative().describe('How many reached the same verdict in both runs.'),
    disagreements: z.array(z.string()).describe('The comparisons whose verdicts differed, or that one run lacked.'),
    unchecked: z
      .array(z.string())
      .default([])
      .describe('Scenario ids the published run added after the confirming run (`--added`), which that run could not check.'),
  })
  .describe(
    'A second full run of the same harness that the published one was checked against (`npm run bench:agree -- PUBLISHED CONFIRMING --publish FILE` writes it): when, under what load, and how closely it agreed. Only its summary is kept.',
  );

export const benchmarkResultsSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01'),
    command: z.string().min(1).describe('The exact command that produced the file.'),
    smoke: z.boolean().describe('True for a smoke run, whose figures mean nothing.'),
    minutes: z.number().positive().describe('How long the whole run took.'),
    machine: z.object({
      cpu: z.string().min(1),
      cores: z.number().int().positive(),
      memoryGiB: z.number().positive(),
      kernel: z.string().min(1),
      os: z.string().min(1),
      pinning: z.string().min(1).describe('Which cores the servers, PostgreSQL and the load generator ran on.'),
      loadAverage: z.object({ before: z.array(z.number()), after: z.array(z.number()) }).describe('1, 5 and 15 minute load averages.'),
      background: z.string().describe('What else ran on the machine, as BENCH_BACKGROUND said.'),
    }),
    versions: z
      .record(z.string(), z.string().min(1))
      .describe('Python, every package that served a request, PostgreSQL, valgrind, wrk, Node.'),
    config: z.object({
      instructions: z.object({
        requests: z.number().int().positive(),
        repetitions: z.number().int().positive(),
        warmup: z.number().int().nonnegative(),
      }),
      cpu: z.object({ repetitions: z.number().int().positive(), batchMs: z.number().positive(), warmup: z.number().int().nonnegative() }),
      http: z.object({
        workers: z.number().int().positive(),
        stepSeconds: z.number().positive(),
        peakSeconds: z.number().positive(),
        peakRepetitions: z.number().int().positive(),
        wrkConnections: z.number().int().positive(),
        rateFractions: z.array(z.number().positive()).min(1).describe('Open-loop rates as fractions of the measured peak.'),
        generatorLimit: z
          .number()
          .nonnegative()
          .describe('Requests per second the open-loop generator itself sustains against an empty Node server.'),
      }),
      database: z.string().min(1).describe('The database and the connection policy of both twins.'),
    }),
    apps: z
      .array(
        z.object({ id: z.string().min(1), framework: z.enum(['django', 'flask']), label: z.string().min(1), stack: z.string().min(1) }),
      )
      .min(1),
    install: z.object({ django: installSchema, flask: installSchema }),
    scenarios: z.array(scenarioSchema).min(1),
    http: z.array(httpRunSchema),
    coldStartMs: z
      .record(z.string(), estimateSchema)
      .describe(
        'By app variant: wall time from spawning Gunicorn (one sync worker) to the first 200 response; median and range. Shown, not compared.',
      ),
    coldStartCpuMs: z
      .record(z.string(), estimateSchema)
      .describe(
        'By app variant: CPU time (user + system) of the Gunicorn master and its worker from spawn to that first response, from /proc in clock ticks: the lowest start as value and both ends (floorEstimate), every sample kept. The figure the cold-start comparison rests on.',
      ),
    idleRssMiB: z.record(z.string(), estimateSchema).describe('By app variant: resident memory of the worker after its first response.'),
    confirmation: confirmationSchema.optional(),
  })
  .refine((r) => r.smoke || r.scenarios.every((s) => s.instructions && s.baselineInstructions), {
    message: 'a full run has instruction counts for every scenario',
    path: ['scenarios'],
  });

export type BenchmarkResults = z.infer<typeof benchmarkResultsSchema>;
export type BenchmarkScenario = BenchmarkResults['scenarios'][number];
export type BenchmarkEstimate = z.infer<typeof estimateSchema>;
export type BenchmarkHttpRun = BenchmarkResults['http'][number];
export type BenchmarkConfirmation = z.infer<typeof confirmationSchema>;
