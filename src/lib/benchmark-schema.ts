/**
 * Schema of content/benchmarks.json, the results of `npm run bench:frameworks`. The harness
 * checks its output against it before writing, and the build checks the committed file
 * (src/data/benchmarks.ts) so that a field the performance chapter shows can never be missing.
 */
import { z } from 'astro/zod';

const summarySchema = z
  .object({
    median: z.number().nonnegative(),
    min: z.number().nonnegative(),
    max: z.number().nonnegative(),
    samples: z.array(z.number().nonnegative()).min(1),
  })
  .describe('Median, minimum and maximum over the repetitions, with every sample.');

const measuredSchema = z
  .object({
    server: z.string().min(1).describe('Id of the server variant that served the scenario.'),
    requestsPerSecond: summarySchema,
    latencyP50Ms: summarySchema,
    latencyP99Ms: summarySchema,
    errors: z.number().int().nonnegative().describe('Non-2xx responses and socket errors, all repetitions.'),
    rssPerWorkerMiB: summarySchema.describe('Resident memory of one worker after the scenario (mean of the workers).'),
    cpuMsPerRequest: summarySchema.describe('CPU time (user and system) the workers spent per request.'),
  })
  .describe("One framework's figures for one scenario.");

const scenarioSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  description: z.string().min(1),
  path: z.string().startsWith('/'),
  django: measuredSchema,
  flask: measuredSchema,
  ratio: z
    .object({
      requestsPerSecond: z.number().nullable(),
      latencyP50Ms: z.number().nullable(),
      latencyP99Ms: z.number().nullable(),
      rssPerWorkerMiB: z.number().nullable(),
      cpuMsPerRequest: z.number().nullable(),
    })
    .describe('Django’s median divided by Flask’s.'),
});

const serverSchema = z.object({
  id: z.string().min(1),
  framework: z.enum(['django', 'flask']),
  label: z.string().min(1),
  coldStartMs: summarySchema.describe('From spawning Gunicorn to the first 200 response.'),
});

const installSchema = z.object({
  packages: z.number().int().positive().describe('Installed packages in the virtualenv, pip and setuptools excluded.'),
  bytes: z.number().int().positive(),
  frameworkPackages: z.number().int().positive().describe('The framework and what it requires, nothing else.'),
  frameworkBytes: z.number().int().positive(),
  requirements: z.string().min(1).describe('The pinned requirements file the virtualenv was built from.'),
});

export const benchmarkResultsSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01'),
  command: z.string().min(1).describe('The exact command that produced the file.'),
  smoke: z.boolean().describe('True for a smoke run, whose figures mean nothing.'),
  machine: z.object({
    cpu: z.string().min(1),
    cores: z.number().int().positive(),
    memoryGiB: z.number().positive(),
    kernel: z.string().min(1),
    os: z.string().min(1),
    pinning: z.string().min(1).describe('Which cores the server and the load generator ran on.'),
  }),
  versions: z.object({
    python: z.string().min(1),
    django: z.string().min(1),
    flask: z.string().min(1),
    gunicorn: z.string().min(1),
    wrk: z.string().min(1),
    sqlalchemy: z.string().min(1),
    flaskSqlalchemy: z.string().min(1),
    flaskWtf: z.string().min(1),
    flaskLogin: z.string().min(1),
    sqlite: z.string().min(1),
  }),
  config: z.object({
    server: z.string().min(1),
    workers: z.number().int().positive(),
    workerClass: z.string().min(1),
    connections: z.number().int().positive(),
    wrkThreads: z.number().int().positive(),
    warmupSeconds: z.number().nonnegative(),
    durationSeconds: z.number().positive(),
    repetitions: z.number().int().positive(),
  }),
  install: z.object({ django: installSchema, flask: installSchema }),
  servers: z.array(serverSchema).min(1),
  scenarios: z.array(scenarioSchema).min(1),
});

export type BenchmarkResults = z.infer<typeof benchmarkResultsSchema>;
export type BenchmarkScenario = BenchmarkResults['scenarios'][number];
export type BenchmarkSummary = z.infer<typeof summarySchema>;
