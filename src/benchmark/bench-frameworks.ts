/**
 * Django against Flask, measured (`npm run bench:frameworks`), into content/benchmarks.json
 * (schema: src/benchmark/benchmark-schema.ts). `--smoke` is the short run `npm run test:bench-smoke`
 * makes: every scenario must answer 200 and every stage must run; its figures mean nothing.
 *
 * Stages, each printing its progress:
 *  1. Virtualenvs from content/bench/requirements-*.txt (kept while their stamp matches) and a
 *     throwaway PostgreSQL (src/benchmark/bench-postgres.ts), seeded with the same rows for both twins.
 *  2. Instructions per request: content/bench/measure.py calls each app's WSGI or ASGI entry
 *     point in process under valgrind's callgrind, with instrumentation off until a warm-up is
 *     done; counts for N requests, minus the empty app's in the same virtualenv, divided by N.
 *  3. CPU time per request, in process, without valgrind: many short batches, the two twins
 *     taking turns batch by batch, so that a burst of load from elsewhere hits both; a side that
 *     several scenarios share is timed once, in one loop with all of them.
 *  4. Cold start and idle memory: Gunicorn with one sync worker, spawn to first 200 response,
 *     timed twice: the CPU time its processes used (the figure compared) and the wall time.
 *  5. HTTP: Gunicorn (sync, gthread, asgi workers) on one core, PostgreSQL beside it, the load on
 *     the other core: closed-loop wrk for peak throughput, the twins' servers taking turns, with
 *     the server's CPU time per request read around each repetition (the figure compared) and
 *     its workers' memory after them; then
 *     an open-loop sweep of rates (src/benchmark/bench-load.ts) up to saturation for latency.
 *
 * Options: --smoke, --out FILE, --report FILE (the smoke verdict {passed, failed}).
 * Environment: CURRENT_PYTHON or BENCH_PYTHON (the interpreter, ≥ 3.12), BENCH_BACKGROUND
 * (a note of what else ran on the machine, kept in the results).
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ensureCurrentPython } from '../examples/current-python.ts';
import { inProcessTargetKey, rotation, sharedTargetGroups, sideTarget } from './bench-cpu-groups.ts';
import { startPostgres, type Postgres } from './bench-postgres.ts';
import {
  APP_VARIANTS,
  HTTP_SCENARIOS,
  SCENARIOS,
  SERVER_KINDS,
  appVariant,
  scenario as scenarioById,
  type AppVariant,
  type Interface,
} from './bench-scenarios.ts';
import {
  callgrindTotal,
  estimate,
  instructionEstimate,
  parentPid,
  parseWrkReport,
  floorEstimate,
  rangeEstimate,
  requestsPerSecond,
  cpuTicks,
  residentKiB,
  saturated,
  smokeVerdict,
  type OpenLoopStep,
  type SmokeCheck,
} from './bench-stats.ts';
import { benchmarkResultsSchema, type BenchmarkHttpRun, type BenchmarkResults } from './benchmark-schema.ts';
import type { Framework } from '../site/vocabulary.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BENCH = join(ROOT, 'content', 'bench');
const WORK = join(ROOT, '.bench');
const FRAMEWORKS: readonly Framework[] = ['django', 'flask'];
const APP_DIR: Record<Framework, string> = { django: 'django_app', flask: 'flask_app' };
const START_TIMEOUT_MS = 60_000;

const { values: options } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, out: { type: 'string' }, report: { type: 'string' } },
});
const smoke = options.smoke;
const config = {
  instructions: { requests: smoke ? 5 : 100, repetitions: smoke ? 1 : 2, warmup: smoke ? 3 : 100 },
  cpu: { repetitions: smoke ? 2 : 40, batchMs: smoke ? 5 : 25, warmup: smoke ? 3 : 200 },
  http: {
    workers: 2,
    stepSeconds: smoke ? 0.5 : 3,
    peakSeconds: 1,
    peakRepetitions: smoke ? 1 : 8,
    wrkConnections: 16,
    rateFractions: smoke ? [0.5] : [0.25, 0.5, 0.75, 0.9, 1, 1.2],
    generatorLimit: 0,
  },
  database:
    'PostgreSQL on the same machine over a unix socket, one database per twin with the same rows; connections come from a pool of five in both: the psycopg pool in Django (CONN_MAX_AGE = 0, as the pool requires), the default SQLAlchemy pool in Flask.',
};
const outFile = options.out ?? join(ROOT, 'content', 'benchmarks.json');
const twoCores = cpus().length >= 2;
const SERVER_CORE = String(cpus().length - 1);
const CLIENT_CORE = '0';
const startedAt = Date.now();
const checks: SmokeCheck[] = [];

function progress(message: string): void {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0).padStart(4);
  console.log(`bench ${seconds}s: ${message}`);
}

type Command = [string, ...string[]];

function pinPrefix(core: string): string[] {
  return twoCores ? ['taskset', '-c', core] : [];
}

function pinned(core: string, command: Command): Command {
  return [...pinPrefix(core), ...command] as Command;
}

/** Runs a command to completion and returns its stdout; throws with its stderr on failure. */
function run(command: Command, env: NodeJS.ProcessEnv = process.env, cwd = ROOT, okCodes = [0]): Promise<string> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command;
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (okCodes.includes(code ?? -1)) resolve(stdout);
      else reject(new Error(`${command.join(' ')} exited with ${code}:\n${stderr || stdout}`));
    });
  });
}

/**
 * The interpreter: $CURRENT_PYTHON or $BENCH_PYTHON, else the project's own CPython from
 * src/examples/current-python.ts (built once into a cache); Django 6.1 needs 3.12 or later.
 */
async function findPython(): Promise<string> {
  let candidate = process.env.CURRENT_PYTHON ?? process.env.BENCH_PYTHON;
  candidate ??= await ensureCurrentPython();
  const version = (await run([candidate, '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])).trim();
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < 3 || (major === 3 && minor < 12)) throw new Error(`${candidate} is Python ${version}; Django 6.1 needs 3.12 or later`);
  return candidate;
}

interface Inventory {
  python: string;
  packages: { name: string; version: string; bytes: number }[];
  frameworkPackages: string[];
  unpinned: string[];
  missing: string[];
}

/** Builds .bench/venv-<framework> from its requirements, or keeps it while its stamp matches. */
async function virtualenv(framework: Framework, python: string): Promise<{ bin: string; inventory: Inventory }> {
  const requirements = join(BENCH, `requirements-${framework}.txt`);
  const venv = join(WORK, `venv-${framework}`);
  const stampFile = join(venv, 'requirements.sha256');
  const pythonVersion = await run([python, '--version']);
  const stamp = createHash('sha256').update(readFileSync(requirements)).update(pythonVersion).update(python).digest('hex');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    progress(`building ${relative(ROOT, venv)} from ${relative(ROOT, requirements)}`);
    rmSync(venv, { recursive: true, force: true });
    await run([python, '-m', 'venv', venv]);
    await run([join(venv, 'bin', 'pip'), 'install', '--quiet', '--disable-pip-version-check', '-r', requirements]);
    writeFileSync(stampFile, stamp);
  }
  const bin = join(venv, 'bin');
  const inventory = JSON.parse(await run([join(bin, 'python'), join(BENCH, 'inventory.py'), requirements])) as Inventory;
  if (inventory.unpinned.length || inventory.missing.length) {
    throw new Error(
      `${relative(ROOT, venv)} does not match ${relative(ROOT, requirements)}: ` +
        `not pinned there: ${inventory.unpinned.join(', ') || 'none'}; not installed: ${inventory.missing.join(', ') || 'none'}`,
    );
  }
  return { bin, inventory };
}

let postgres: Postgres | undefined;
const venvs = {} as Record<Framework, { bin: string; inventory: Inventory }>;

/**
 * The apps' environment: a fixed one, not the caller's. The environment is copied into the
 * process's memory at start, so its size shifts where later objects land; addresses feed the
 * hashes of objects without their own (classes, SQLAlchemy's states), and with them the probing
 * in dicts and sets, which moved the N+1 scenario's instruction count by about 1% between runs
 * started from different shells.
 */
const FIXED_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/tmp', LANG: 'C.UTF-8' } as const;

function appEnv(framework: Framework, variant?: AppVariant): NodeJS.ProcessEnv {
  return {
    ...FIXED_ENV,
    ...variant?.env,
    BENCH_PG_HOST: postgres?.host ?? '',
    BENCH_PG_PORT: postgres?.port ?? '',
    BENCH_PG_USER: postgres?.user ?? '',
    BENCH_PG_DATABASE: `bench_${framework}`,
    PYTHONDONTWRITEBYTECODE: '1',
    // The same hashes on every run, so that dict and set work repeats exactly under callgrind.
    PYTHONHASHSEED: '0',
  };
}

const python = (framework: Framework) => join(venvs[framework].bin, 'python');

/** Every child still running, stopped on Ctrl-C too so that nothing outlives the harness. */
const live = new Set<ChildProcess>();
function stopAll(): void {
  for (const child of live) child.kill('SIGKILL');
  postgres?.stop();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** A running measure.py: send a command, read its one-line JSON answer. */
interface Driver {
  child: ChildProcess;
  ask: (command: object) => Promise<Record<string, number>>;
  stop: () => Promise<void>;
}

/** Spawns a command in a twin's folder with its environment, tracked so that it never outlives the harness. */
function spawnInApp(framework: Framework, variant: AppVariant | undefined, command: string[], stdio: StdioOptions): ChildProcess {
  const [file = '', ...args] = command;
  const child = spawn(file, args, { cwd: join(BENCH, APP_DIR[framework]), env: appEnv(framework, variant), stdio });
  live.add(child);
  return child;
}

async function startDriver(framework: Framework, spec: string, prefix: string[] = []): Promise<Driver> {
  const variant = APP_VARIANTS.find((v) => v.spec === spec);
  const child = spawnInApp(framework, variant, [...prefix, python(framework), join(BENCH, 'measure.py'), spec], ['pipe', 'pipe', 'pipe']);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`measure.py ${spec} ended:\n${stderr}`);
    return JSON.parse(line.value) as Record<string, number>;
  };
  await next(); // {"ready": true}
  return {
    child,
    ask: async (command) => {
      child.stdin!.write(`${JSON.stringify(command)}\n`);
      return next();
    },
    stop: () =>
      new Promise((resolve) => {
        live.delete(child);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

/** One thing measured in process: an app's path over an interface, or that process's empty app. */
interface Target {
  iface: Interface;
  path: string;
  empty: boolean;
}

/** Every app process the scenarios need, with what each must measure (its empty app per interface included). */
function inProcessApps(): { framework: Framework; spec: string; targets: Target[] }[] {
  const jobs = new Map<string, { framework: Framework; spec: string; targets: Target[] }>();
  for (const s of SCENARIOS) {
    for (const framework of FRAMEWORKS) {
      const { variant, path } = s.sides[framework];
      const spec = appVariant(variant).spec;
      const job = jobs.get(`${framework}|${spec}`) ?? { framework, spec, targets: [] };
      for (const target of [
        { iface: s.interface, path: '/', empty: true },
        { iface: s.interface, path, empty: false },
      ]) {
        if (!job.targets.some((t) => targetKey(framework, spec, t) === targetKey(framework, spec, target))) job.targets.push(target);
      }
      jobs.set(`${framework}|${spec}`, job);
    }
  }
  return [...jobs.values()];
}

const targetKey = (framework: Framework, spec: string, t: Target) =>
  `${framework}|${spec}|${t.iface}|${t.path}|${t.empty ? 'empty' : 'app'}`;

/** Stage 2: instruction counts per request through callgrind, `repetitions` dumps per target. */
async function countInstructions(): Promise<Map<string, number[]>> {
  const counts = new Map<string, number[]>();
  const { requests, repetitions, warmup } = config.instructions;
  const outDir = mkdtempSync(join(tmpdir(), 'bench-callgrind-'));
  try {
    // The smoke run only proves that valgrind and callgrind_control work: one empty app.
    const jobs = inProcessApps()
      .filter((job) => !smoke || job.spec === 'flask:bare')
      .map((job) => (smoke ? { ...job, targets: job.targets.filter((t) => t.empty && t.iface === 'wsgi') } : job));
    let done = 0;
    const total = jobs.length;
    // Two valgrind processes at a time: counts do not depend on what else runs.
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const out = join(outDir, `${job.framework}-${job.spec.replace(/\W/g, '_')}.out`);
        const driver = await startDriver(job.framework, job.spec, [
          'valgrind',
          '--tool=callgrind',
          '--instr-atstart=no',
          `--callgrind-out-file=${out}`,
        ]);
        const control = (...args: string[]) => run(['callgrind_control', ...args, String(driver.child.pid)]);
        try {
          for (const target of job.targets) {
            const samples: number[] = [];
            const command = { interface: target.iface, path: target.path, empty: target.empty };
            await driver.ask({ op: 'run', count: warmup, ...command });
            for (let rep = 0; rep < repetitions; rep++) {
              // Every counted window starts from the same collector state (see measure.py's
              // "settle"), so a collection of the old generation cannot land in one window only.
              await driver.ask({ op: 'settle', ...command });
              await control('--instr=on');
              await control('--zero');
              await driver.ask({ op: 'run', count: requests, ...command });
              const before = new Set(readdirSync(outDir));
              await control('--dump');
              const dump = readdirSync(outDir).find((f) => !before.has(f) && f.startsWith(`${out.split('/').pop()}.`));
              if (!dump) throw new Error(`callgrind wrote no dump for ${job.spec} ${target.path}`);
              const instructions = callgrindTotal(readFileSync(join(outDir, dump), 'utf8'));
              checks.push({
                name: `callgrind ${targetKey(job.framework, job.spec, target)}`,
                ok: instructions > 0,
                detail: `${instructions} instructions`,
              });
              samples.push(instructions / requests);
              rmSync(join(outDir, dump));
              await control('--instr=off');
            }
            counts.set(targetKey(job.framework, job.spec, target), samples);
          }
        } finally {
          await driver.stop();
        }
        done += 1;
        progress(`instructions: ${job.framework} ${job.spec}, ${job.targets.length} targets (${done} of ${total} processes)`);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return counts;
}

/**
 * Stage 3: CPU microseconds per request, batch by batch. Scenarios that share a target (one app's
 * path over one interface) form a group (src/benchmark/bench-cpu-groups.ts); each repetition runs
 * one batch of every target of the group, in an order rotated between repetitions, so a burst of
 * load from elsewhere hits all of them and a shared target gets one set of samples, which every
 * scenario using it carries. Samples are keyed by inProcessTargetKey.
 */
async function cpuTimes(): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>();
  const drivers = new Map<string, Driver>();
  const driverFor = async (framework: Framework, spec: string) => {
    const key = `${framework}|${spec}`;
    if (!drivers.has(key)) drivers.set(key, await startDriver(framework, spec, pinPrefix(SERVER_CORE)));
    return drivers.get(key)!;
  };
  try {
    for (const group of sharedTargetGroups(SCENARIOS)) {
      const targets = await Promise.all(
        group.targets.map(async (target) => {
          const driver = await driverFor(target.framework, appVariant(target.variant).spec);
          const request = { interface: target.iface, path: target.path };
          const check = await driver.ask({ op: 'check', ...request });
          checks.push({
            name: `${group.scenarios
              .filter((s) => inProcessTargetKey(sideTarget(s, target.framework)) === inProcessTargetKey(target))
              .map((s) => s.id)
              .join(', ')} (${target.framework})`,
            ok: check.status === 200 && (check.bytes ?? 0) > 0,
            detail: `status ${check.status}, ${check.bytes} bytes`,
          });
          await driver.ask({ op: 'run', count: config.cpu.warmup, ...request });
          // A batch long enough to read the CPU clock well, short enough to interleave often.
          const probe = await driver.ask({ op: 'run', count: 20, ...request });
          const batch = Math.max(5, Math.round((config.cpu.batchMs * 1e6) / Math.max(probe.cpuNs! / 20, 1)));
          return { key: inProcessTargetKey(target), driver, request, batch };
        }),
      );
      for (let rep = 0; rep < config.cpu.repetitions; rep++) {
        for (const { key, driver, request, batch } of rotation(targets, rep)) {
          const result = await driver.ask({ op: 'run', count: batch, ...request });
          samples.set(key, [...(samples.get(key) ?? []), result.cpuNs! / batch / 1000]);
        }
      }
      for (const s of group.scenarios) {
        const med = (f: Framework) => estimate(samples.get(inProcessTargetKey(sideTarget(s, f)))!, 1).value;
        progress(`cpu time: ${s.id.padEnd(15)} django ${med('django')} µs  flask ${med('flask')} µs per request`);
      }
    }
  } finally {
    await Promise.all([...drivers.values()].map((d) => d.stop()));
  }
  return samples;
}

interface Server {
  child: ChildProcess;
  port: number;
  /** Spawn to the first 200: wall time, and the CPU time (user + system) the server's processes used. */
  coldStartMs: number;
  coldStartCpuMs: number;
}

/** One GET; resolves with the status code, or 0 when the connection failed. */
function status(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path, agent: false, timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
    request.on('timeout', () => request.destroy());
  });
}

/** Starts Gunicorn on a port of the kernel's choosing and waits for its first 200 on `path`. */
async function startServer(
  variant: AppVariant,
  kindArgs: readonly string[],
  iface: Interface,
  workers: number,
  path: string,
): Promise<Server> {
  const framework = variant.framework;
  const started = performance.now();
  const command = pinned(SERVER_CORE, [
    join(venvs[framework].bin, 'gunicorn'),
    '--workers',
    String(workers),
    ...kindArgs,
    '--bind',
    '127.0.0.1:0',
    '--no-control-socket',
    '--log-level',
    'info',
    iface === 'wsgi' ? variant.wsgiApp : variant.asgiApp,
  ]);
  const child = spawnInApp(framework, variant, command, ['ignore', 'ignore', 'pipe']);
  let log = '';
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${variant.id} did not start:\n${log}`)), START_TIMEOUT_MS);
      child.stderr!.on('data', (chunk) => {
        log = (log + chunk).slice(-8000);
        const match = /Listening at: http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', (code) => reject(new Error(`${variant.id} exited with ${code}:\n${log}`)));
    });
    // Gunicorn listens before its workers have imported the app.
    while ((await status(port, path)) !== 200) {
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`${variant.id} gave no 200 on ${path}:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const coldStartMs = performance.now() - started;
    return { child, port, coldStartMs, coldStartCpuMs: serverCpuMs(child.pid!) };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    child.stderr!.removeAllListeners('data');
    child.stderr!.resume();
  }
}

function stopServer(server: Server): Promise<void> {
  live.delete(server.child);
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/** The pids of a Gunicorn master's workers, from /proc. */
function workerPids(masterPid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return parentPid(readFileSync(`/proc/${entry}/stat`, 'utf8')) === masterPid;
      } catch {
        return false; // the process ended while we looked
      }
    })
    .map(Number);
}

/** Resident memory of each Gunicorn worker of a master, in MiB, from /proc. */
function workerRssMiB(masterPid: number): number[] {
  return workerPids(masterPid).flatMap((pid) => {
    try {
      return [(residentKiB(readFileSync(`/proc/${pid}/status`, 'utf8')) ?? 0) / 1024];
    } catch {
      return [];
    }
  });
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (`getconf CLK_TCK`, read in main). */
let clockTicks = 100;

/**
 * CPU time, user plus system, that a Gunicorn master and its workers have used, in ms: every
 * thread's included, ended ones too. Unlike wall time, it does not grow while other processes
 * hold the core, which is why the cold-start and per-request server verdicts rest on it.
 */
function serverCpuMs(masterPid: number): number {
  let ticks = 0;
  for (const pid of [masterPid, ...workerPids(masterPid)]) {
    try {
      ticks += cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // the process ended while we looked
    }
  }
  return (ticks * 1000) / clockTicks;
}

/** Stage 4: cold start and idle memory per app variant, starts interleaved across variants. */
async function footprint(): Promise<Pick<BenchmarkResults, 'coldStartMs' | 'coldStartCpuMs' | 'idleRssMiB'>> {
  const starts: Record<string, number[]> = {};
  const cpuStarts: Record<string, number[]> = {};
  const rss: Record<string, number[]> = {};
  const firstPath = (variant: AppVariant) =>
    SCENARIOS.find((s) => s.sides[variant.framework].variant === variant.id && s.interface === 'wsgi')!.sides[variant.framework].path;
  for (let rep = 0; rep < (smoke ? 1 : 11); rep++) {
    const order = rep % 2 === 0 ? APP_VARIANTS : [...APP_VARIANTS].reverse();
    for (const variant of order) {
      const server = await startServer(variant, ['--worker-class', 'sync'], 'wsgi', 1, firstPath(variant));
      (starts[variant.id] ??= []).push(server.coldStartMs);
      (cpuStarts[variant.id] ??= []).push(server.coldStartCpuMs);
      (rss[variant.id] ??= []).push(...workerRssMiB(server.child.pid!));
      await stopServer(server);
    }
  }
  progress(
    `cold starts (CPU / wall): ${Object.entries(starts)
      .map(([id, s]) => `${id} ${floorEstimate(cpuStarts[id]!, 0).value} / ${rangeEstimate(s, 0).value} ms`)
      .join(', ')}`,
  );
  const map = (record: Record<string, number[]>, digits: number, summarise = rangeEstimate) =>
    Object.fromEntries(Object.entries(record).map(([id, s]) => [id, summarise(s, digits)]));
  return { coldStartMs: map(starts, 0), coldStartCpuMs: map(cpuStarts, 0, floorEstimate), idleRssMiB: map(rss, 1) };
}

function loadStep(url: string, rate: number, seconds: number): Promise<OpenLoopStep> {
  return run(
    pinned(CLIENT_CORE, [process.execPath, join(import.meta.dirname, 'bench-load.ts'), url, String(Math.round(rate)), String(seconds)]),
  ).then((out) => JSON.parse(out) as OpenLoopStep);
}

/** The open-loop generator's own ceiling, against an empty Node server on the server core's side. */
async function generatorLimit(): Promise<number> {
  const server = createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  try {
    const step = await loadStep(`http://127.0.0.1:${port}/`, smoke ? 500 : 8000, smoke ? 0.5 : 2);
    return step.achievedRate;
  } finally {
    server.close();
  }
}

/** One closed-loop wrk repetition against a server: requests per second, and the server's CPU µs per request meanwhile. */
async function closedLoop(server: Server, url: string, name: string): Promise<{ rate: number; cpuUs: number }> {
  const cpuBefore = serverCpuMs(server.child.pid!);
  const wrk = parseWrkReport(
    await run(
      pinned(CLIENT_CORE, [
        'wrk',
        '--threads',
        '1',
        '--connections',
        String(config.http.wrkConnections),
        '--duration',
        `${config.http.peakSeconds}s`,
        '--timeout',
        '5s',
        '--script',
        join(BENCH, 'wrk-report.lua'),
        url,
      ]),
    ),
  );
  checks.push({ name: `wrk ${name}`, ok: wrk.requests > 0 && wrk.non2xx === 0, detail: `${wrk.requests} requests, ${wrk.non2xx} non-2xx` });
  return { rate: requestsPerSecond(wrk), cpuUs: ((serverCpuMs(server.child.pid!) - cpuBefore) * 1000) / Math.max(wrk.requests, 1) };
}

/**
 * Stage 5: every HTTP scenario under every server kind of its interface. Both twins' servers run
 * at once and the closed-loop repetitions alternate between them, as the CPU-time batches do, so
 * a burst of load from elsewhere falls on both; the open-loop sweeps follow, one twin at a time.
 */
async function httpRuns(): Promise<BenchmarkHttpRun[]> {
  const runs: BenchmarkHttpRun[] = [];
  // The smoke run serves one scenario under one server kind.
  for (const scenarioId of smoke ? HTTP_SCENARIOS.slice(0, 1) : HTTP_SCENARIOS) {
    const s = scenarioById(scenarioId);
    for (const kind of SERVER_KINDS.filter((k) => k.interface === s.interface).slice(0, smoke ? 1 : undefined)) {
      const servers = new Map<Framework, { server: Server; url: string; peaks: number[]; cpuUs: number[] }>();
      try {
        for (const framework of FRAMEWORKS) {
          const { variant, path } = s.sides[framework];
          const server = await startServer(appVariant(variant), kind.args, s.interface, config.http.workers, path);
          servers.set(framework, { server, url: `http://127.0.0.1:${server.port}${path}`, peaks: [], cpuUs: [] });
        }
        for (let rep = 0; rep < config.http.peakRepetitions; rep++) {
          for (const framework of rep % 2 === 0 ? FRAMEWORKS : [...FRAMEWORKS].reverse()) {
            const side = servers.get(framework)!;
            const { rate, cpuUs } = await closedLoop(side.server, side.url, `${kind.id} ${s.id} (${framework})`);
            side.peaks.push(rate);
            side.cpuUs.push(cpuUs);
          }
        }
        // Memory is taken at the closed loop's fixed concurrency: after the open-loop sweep it would
        // depend on how deep the saturated step's queue grew, and with it how many threads (Django's
        // ASGI handler starts one per request) and buffers had been alive at once.
        const rss = new Map(FRAMEWORKS.map((framework) => [framework, workerRssMiB(servers.get(framework)!.server.child.pid!)]));
        for (const framework of FRAMEWORKS) {
          const { url, peaks, cpuUs } = servers.get(framework)!;
          const peak = rangeEstimate(peaks, 0);
          const serverCpu = floorEstimate(cpuUs, 1);
          const steps: OpenLoopStep[] = [];
          for (const fraction of config.http.rateFractions) {
            const step = await loadStep(url, Math.max(1, peak.value * fraction), config.http.stepSeconds);
            steps.push(step);
            if (saturated(step)) break;
          }
          checks.push({
            name: `open loop ${kind.id} ${s.id} (${framework})`,
            ok: steps[0]!.completed > 0,
            detail: `${steps[0]!.completed} completed`,
          });
          const { variant, path } = s.sides[framework];
          runs.push({
            server: kind.id,
            scenario: s.id,
            framework,
            variant,
            path,
            peakRequestsPerSecond: peak,
            serverCpuUsPerRequest: serverCpu,
            steps,
            rssPerWorkerMiB: rangeEstimate(rss.get(framework)!, 1),
          });
          const last = steps.at(-1)!;
          progress(
            `http ${kind.id.padEnd(7)} ${s.id.padEnd(14)} ${framework.padEnd(6)} peak ${peak.value} req/s, ${serverCpu.value} µs CPU each; open loop up to ${last.offeredRate}/s: p99 ${last.p99Ms} ms${saturated(last) ? ' (saturated)' : ''}`,
          );
        }
      } finally {
        await Promise.all([...servers.values()].map(({ server }) => stopServer(server)));
      }
    }
  }
  return runs;
}

async function machine(before: number[]): Promise<BenchmarkResults['machine']> {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const round = (values: number[]) => values.map((v) => Number(v.toFixed(2)));
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown',
    cores: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    kernel: `Linux ${release()}`,
    os: /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? 'unknown',
    pinning: twoCores
      ? `Gunicorn, the in-process drivers and PostgreSQL on core ${SERVER_CORE}; wrk and the open-loop generator on core ${CLIENT_CORE} (taskset)`
      : 'one core: everything shares it',
    loadAverage: { before: round(before), after: round(loadavg()) },
    background: process.env.BENCH_BACKGROUND ?? 'not recorded',
  };
}

function version(inventory: Inventory, name: string): string {
  const found = inventory.packages.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new Error(`${name} is not installed`);
  return found.version;
}

function install(inventory: Inventory, framework: Framework): BenchmarkResults['install']['django'] {
  const inFramework = inventory.packages.filter((p) => inventory.frameworkPackages.includes(p.name.toLowerCase().replace(/[-_.]+/g, '-')));
  const bytes = (packages: Inventory['packages']) => packages.reduce((sum, p) => sum + p.bytes, 0);
  return {
    packages: inventory.packages.length,
    bytes: bytes(inventory.packages),
    frameworkPackages: inFramework.length,
    frameworkBytes: bytes(inFramework),
    requirements: `content/bench/requirements-${framework}.txt`,
  };
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  clockTicks = Number((await run(['getconf', 'CLK_TCK'])).trim()) || clockTicks;
  const interpreter = await findPython();
  const envs = await Promise.all(FRAMEWORKS.map((framework) => virtualenv(framework, interpreter)));
  FRAMEWORKS.forEach((framework, i) => (venvs[framework] = envs[i]!));
  postgres = startPostgres(twoCores ? SERVER_CORE : undefined);
  for (const framework of FRAMEWORKS) await run([python(framework), 'seed.py'], appEnv(framework), join(BENCH, APP_DIR[framework]));
  progress(`ready: Python ${venvs.django.inventory.python}, PostgreSQL ${postgres.version} at ${postgres.host}`);

  const cpu = await cpuTimes();
  const instructions = await countInstructions();
  const { coldStartMs, coldStartCpuMs, idleRssMiB } = await footprint();
  config.http.generatorLimit = await generatorLimit();
  progress(`open-loop generator ceiling: ${config.http.generatorLimit} req/s`);
  const http = await httpRuns();

  const perRequest = (framework: Framework, spec: string, target: Target) => {
    const samples = instructions.get(targetKey(framework, spec, target));
    if (!samples) throw new Error(`no instruction count for ${targetKey(framework, spec, target)}`);
    return samples;
  };
  const valgrind = (await run(['valgrind', '--version'])).trim().replace(/^valgrind-/, '');
  const wrkVersion = /wrk (\S+)/.exec(await run(['wrk', '-v'], process.env, ROOT, [0, 1]))?.[1] ?? 'unknown';
  const d = venvs.django.inventory;
  const f = venvs.flask.inventory;
  const results: BenchmarkResults = {
    date: new Date().toISOString().slice(0, 10),
    command: ['npm run bench:frameworks', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    smoke,
    minutes: Number(((Date.now() - startedAt) / 60000).toFixed(1)),
    machine: await machine(loadBefore),
    versions: {
      python: d.python,
      django: version(d, 'Django'),
      flask: version(f, 'Flask'),
      werkzeug: version(f, 'Werkzeug'),
      jinja2: version(f, 'Jinja2'),
      sqlalchemy: version(f, 'SQLAlchemy'),
      flaskSqlalchemy: version(f, 'Flask-SQLAlchemy'),
      flaskWtf: version(f, 'Flask-WTF'),
      flaskLogin: version(f, 'Flask-Login'),
      psycopg: version(d, 'psycopg'),
      asgiref: version(f, 'asgiref'),
      gunicorn: version(d, 'gunicorn'),
      postgresql: postgres.version,
      valgrind,
      wrk: wrkVersion,
      node: process.versions.node,
    },
    config,
    apps: APP_VARIANTS.map(({ id, framework, label, stack }) => ({ id, framework, label, stack })),
    install: { django: install(d, 'django'), flask: install(f, 'flask') },
    scenarios: SCENARIOS.map((s) => {
      const counts = (framework: Framework) => {
        const { variant, path } = s.sides[framework];
        const spec = appVariant(variant).spec;
        const own = perRequest(framework, spec, { iface: s.interface, path, empty: false });
        const empty = perRequest(framework, spec, { iface: s.interface, path: '/', empty: true });
        const baseline = empty.reduce((a, b) => a + b, 0) / empty.length;
        return { samples: own.map((n) => Math.max(0, n - baseline)), baseline: Math.round(baseline) };
      };
      const cd = smoke ? undefined : counts('django');
      const cf = smoke ? undefined : counts('flask');
      return {
        id: s.id,
        label: s.label,
        description: s.description,
        interface: s.interface,
        sides: s.sides,
        ...(cd &&
          cf && {
            instructions: { django: instructionEstimate(cd.samples), flask: instructionEstimate(cf.samples) },
            baselineInstructions: { django: cd.baseline, flask: cf.baseline },
          }),
        cpuUs: {
          django: estimate(cpu.get(inProcessTargetKey(sideTarget(s, 'django')))!, 1),
          flask: estimate(cpu.get(inProcessTargetKey(sideTarget(s, 'flask')))!, 1),
        },
      };
    }),
    http,
    coldStartMs,
    coldStartCpuMs,
    idleRssMiB,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(benchmarkResultsSchema.parse(results), null, 2)}\n`);
  progress(`wrote ${relative(ROOT, outFile)} after ${results.minutes} min`);
}

let crash: unknown;
try {
  await main();
} catch (error) {
  crash = error;
  console.error(error instanceof Error ? error.message : error);
} finally {
  stopAll();
}
if (options.report) {
  if (crash) checks.push({ name: 'harness', ok: false, detail: crash instanceof Error ? crash.message.split('\n')[0]! : String(crash) });
  const verdict = smokeVerdict(checks);
  mkdirSync(dirname(options.report), { recursive: true });
  writeFileSync(options.report, `${JSON.stringify(verdict, null, 2)}\n`);
  for (const failure of verdict.failures) console.error(`bench-smoke: FAIL ${failure}`);
  console.log(`bench-smoke: ${verdict.passed} passed, ${verdict.failed} failed`);
  if (verdict.failed > 0) process.exitCode = 1;
}
if (crash) process.exitCode = 1;
