/**
 * Django against Flask, measured: serves each twin app of content/bench/ with the same Gunicorn
 * settings, drives it with wrk and writes the figures to content/benchmarks.json (see
 * src/lib/benchmark-schema.ts). A script, not a test; `--smoke` is the short run that
 * `npm run test:bench-smoke` uses.
 *
 * Usage: npm run bench:frameworks -- [--duration S] [--warmup S] [--repetitions N]
 *          [--connections N] [--workers N] [--smoke] [--out FILE] [--report FILE]
 *
 * Per repetition it starts every server variant (timing process start → first 200 response),
 * then runs each scenario once per framework, alternating which framework goes first from one
 * repetition to the next. Servers run on the last core and wrk on the first (taskset), both on
 * 127.0.0.1 with a port the kernel picks. With --report it also writes the smoke verdict,
 * `{ "passed": N, "failed": M }`, one check per scenario × framework, and exits 1 on a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, release, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIOS, SERVER_VARIANTS, serverVariant, type ServerVariant, type ServerVariantId } from '../lib/bench-scenarios.ts';
import {
  cpuTicks,
  parentPid,
  parseWrkReport,
  ratio,
  requestsPerSecond,
  residentKiB,
  smokeVerdict,
  summarise,
  type WrkRun,
} from '../lib/bench-stats.ts';
import { benchmarkResultsSchema, type BenchmarkResults } from '../lib/benchmark-schema.ts';
import type { Framework } from '../lib/vocabulary.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BENCH = join(ROOT, 'content', 'bench');
const WORK = join(ROOT, '.bench');
const FRAMEWORKS: readonly Framework[] = ['django', 'flask'];
const APP_DIR: Record<Framework, string> = { django: 'django_app', flask: 'flask_app' };
const WSGI_APP: Record<Framework, string> = { django: 'benchsite.wsgi:application', flask: 'wsgi:app' };
const START_TIMEOUT_MS = 60_000;

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string' },
    warmup: { type: 'string' },
    repetitions: { type: 'string' },
    connections: { type: 'string', default: '8' },
    workers: { type: 'string', default: '2' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    report: { type: 'string' },
  },
});
const smoke = options.smoke;
const config = {
  server: 'gunicorn',
  workers: positiveInt('workers', options.workers),
  workerClass: 'sync',
  connections: positiveInt('connections', options.connections),
  wrkThreads: 1,
  warmupSeconds: Number(options.warmup ?? (smoke ? 0 : 1)),
  durationSeconds: Number(options.duration ?? (smoke ? 1 : 10)),
  repetitions: positiveInt('repetitions', options.repetitions ?? (smoke ? '1' : '3')),
};
const outFile = options.out ?? join(ROOT, 'content', 'benchmarks.json');
// wrk takes whole seconds; with two or more cores the server and wrk get a core each.
const twoCores = cpus().length >= 2;
const SERVER_CORE = String(cpus().length - 1);
const CLIENT_CORE = '0';

function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

type Command = [string, ...string[]];

function pinned(core: string, command: Command): Command {
  return twoCores ? ['taskset', '-c', core, ...command] : command;
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

/** The Python to build the virtualenvs with: $BENCH_PYTHON, else python3.11, else python3. */
async function findPython(): Promise<string> {
  for (const candidate of [process.env.BENCH_PYTHON, 'python3.11', 'python3']) {
    if (!candidate) continue;
    try {
      await run([candidate, '--version']);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('no Python found: install python3.11 or set BENCH_PYTHON');
}

interface Inventory {
  python: string;
  sqlite: string;
  packages: { name: string; version: string; bytes: number }[];
  frameworkPackages: string[];
  unpinned: string[];
  missing: string[];
}

/**
 * Builds .bench/venv-<framework> from content/bench/requirements-<framework>.txt, or keeps it
 * when its stamp (a hash of the requirements and the Python version) still matches.
 */
async function virtualenv(framework: Framework, python: string): Promise<{ bin: string; inventory: Inventory }> {
  const requirements = join(BENCH, `requirements-${framework}.txt`);
  const venv = join(WORK, `venv-${framework}`);
  const stampFile = join(venv, 'requirements.sha256');
  const pythonVersion = await run([python, '--version']);
  const stamp = createHash('sha256').update(readFileSync(requirements)).update(pythonVersion).digest('hex');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    console.log(`bench: building ${relative(ROOT, venv)} from ${relative(ROOT, requirements)}`);
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

function databasePath(framework: Framework): string {
  return join(WORK, 'data', `${framework}.sqlite3`);
}

function appEnv(framework: Framework, variant?: ServerVariant): NodeJS.ProcessEnv {
  return { ...process.env, ...variant?.env, BENCH_DB: databasePath(framework), PYTHONDONTWRITEBYTECODE: '1' };
}

/** Creates each twin's database afresh with the same rows, before anything is timed. */
async function seed(framework: Framework, bin: string): Promise<void> {
  mkdirSync(dirname(databasePath(framework)), { recursive: true });
  rmSync(databasePath(framework), { force: true });
  await run([join(bin, 'python'), 'seed.py'], appEnv(framework), join(BENCH, APP_DIR[framework]));
}

interface Server {
  variant: ServerVariant;
  child: ChildProcess;
  port: number;
  coldStartMs: number;
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

/** Starts Gunicorn on a port of the kernel's choosing and waits for its first 200 response. */
async function startServer(variant: ServerVariant, bin: string): Promise<Server> {
  const framework = variant.framework;
  const started = performance.now();
  const command = pinned(SERVER_CORE, [
    join(bin, 'gunicorn'),
    '--workers',
    String(config.workers),
    '--worker-class',
    config.workerClass,
    '--bind',
    '127.0.0.1:0',
    '--no-control-socket',
    '--log-level',
    'info',
    WSGI_APP[framework],
  ]);
  const [file, ...args] = command;
  const child = spawn(file, args, {
    cwd: join(BENCH, APP_DIR[framework]),
    env: appEnv(framework, variant),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  try {
    const port = await firstResponse(variant, child, started);
    return { variant, child, port, coldStartMs: performance.now() - started };
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
}

/** Reads the port from Gunicorn's log, then polls until a worker answers 200; returns the port. */
async function firstResponse(variant: ServerVariant, child: ChildProcess, started: number): Promise<number> {
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${variant.id} did not start:\n${log}`)), START_TIMEOUT_MS);
    child.stderr!.on('data', (chunk) => {
      log += chunk;
      const match = /Listening at: http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`${variant.id} exited with ${code}:\n${log}`)));
  });
  // Gunicorn listens before its workers have imported the app.
  const path = SCENARIOS.find((s) => s.servers[variant.framework] === variant.id)!.path;
  while ((await status(port, path)) !== 200) {
    if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`${variant.id} gave no 200 on ${path}:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // Keep draining the log so that Gunicorn never blocks on a full pipe.
  child.stderr!.removeAllListeners('data');
  child.stderr!.resume();
  return port;
}

/** Servers still running, stopped on Ctrl-C too so that no Gunicorn outlives the harness. */
const live = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of live) child.kill('SIGTERM');
    process.exit(130);
  });
}

function stopServer(server: Server): Promise<void> {
  live.delete(server.child);
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/** Pids of the Gunicorn master's worker processes, from /proc. */
function workerPids(masterPid: number): number[] {
  const pids = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return parentPid(readFileSync(`/proc/${entry}/stat`, 'utf8')) === masterPid;
      } catch {
        return false; // the process ended while we looked
      }
    })
    .map(Number);
  if (pids.length === 0) throw new Error(`no workers found under pid ${masterPid}`);
  return pids;
}

/** Mean resident memory of the workers, in MiB. */
function rssPerWorkerMiB(pids: readonly number[]): number {
  const kib = pids.map((pid) => residentKiB(readFileSync(`/proc/${pid}/status`, 'utf8')) ?? 0);
  return kib.reduce((a, b) => a + b, 0) / kib.length / 1024;
}

/** CPU time the workers have used so far, in milliseconds. */
function workersCpuMs(pids: readonly number[], ticksPerSecond: number): number {
  const ticks = pids.reduce((sum, pid) => sum + cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')), 0);
  return (ticks * 1000) / ticksPerSecond;
}

async function wrk(port: number, path: string, seconds: number): Promise<WrkRun> {
  const command = pinned(CLIENT_CORE, [
    'wrk',
    '--threads',
    String(config.wrkThreads),
    '--connections',
    String(config.connections),
    '--duration',
    `${seconds}s`,
    '--timeout',
    '5s',
    '--script',
    join(BENCH, 'wrk-report.lua'),
    `http://127.0.0.1:${port}${path}`,
  ]);
  return parseWrkReport(await run(command));
}

interface Sample {
  scenario: string;
  framework: Framework;
  run: WrkRun;
  rssMiB: number;
  /** CPU time the server's workers spent per request: steadier than req/s on a busy machine. */
  cpuMsPerRequest: number;
}

async function machine(): Promise<BenchmarkResults['machine']> {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown',
    cores: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    kernel: `Linux ${release()}`,
    os: /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? 'unknown',
    pinning: twoCores ? `server on core ${SERVER_CORE}, wrk on core ${CLIENT_CORE} (taskset)` : 'one core: server and wrk share it',
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

async function main(): Promise<Sample[]> {
  const startedAt = Date.now();
  const python = await findPython();
  const ticksPerSecond = Number(await run(['getconf', 'CLK_TCK'])) || 100;
  const wrkVersion = /wrk (\S+)/.exec(await run(['wrk', '-v'], process.env, ROOT, [0, 1]))?.[1] ?? 'unknown';
  const envs = await Promise.all(FRAMEWORKS.map((framework) => virtualenv(framework, python)));
  const venv = Object.fromEntries(FRAMEWORKS.map((framework, i) => [framework, envs[i]])) as Record<
    Framework,
    { bin: string; inventory: Inventory }
  >;
  for (const framework of FRAMEWORKS) await seed(framework, venv[framework].bin);
  console.log(`bench: ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s; ${config.repetitions} repetition(s)`);

  const samples: Sample[] = [];
  const coldStarts = new Map<ServerVariantId, number[]>();
  for (let rep = 0; rep < config.repetitions; rep++) {
    // Alternate which framework goes first, for the cold starts and every scenario.
    const order = rep % 2 === 0 ? FRAMEWORKS : [...FRAMEWORKS].reverse();
    const servers = new Map<ServerVariantId, Server>();
    try {
      for (const framework of order) {
        for (const variant of SERVER_VARIANTS.filter((v) => v.framework === framework)) {
          const server = await startServer(variant, venv[framework].bin);
          servers.set(variant.id, server);
          coldStarts.set(variant.id, [...(coldStarts.get(variant.id) ?? []), server.coldStartMs]);
        }
      }
      for (const scenario of SCENARIOS) {
        for (const framework of order) {
          const server = servers.get(scenario.servers[framework])!;
          if (config.warmupSeconds > 0) await wrk(server.port, scenario.path, config.warmupSeconds);
          const pids = workerPids(server.child.pid!);
          const cpuBefore = workersCpuMs(pids, ticksPerSecond);
          const result = await wrk(server.port, scenario.path, config.durationSeconds);
          const cpuMsPerRequest = (workersCpuMs(pids, ticksPerSecond) - cpuBefore) / Math.max(result.requests, 1);
          const rssMiB = rssPerWorkerMiB(pids);
          samples.push({ scenario: scenario.id, framework, run: result, rssMiB, cpuMsPerRequest });
          console.log(
            `bench: ${rep + 1}/${config.repetitions} ${scenario.id.padEnd(14)} ${framework.padEnd(6)} ` +
              `${requestsPerSecond(result).toFixed(0).padStart(6)} req/s  p50 ${(result.p50Us / 1000).toFixed(2)} ms  ` +
              `p99 ${(result.p99Us / 1000).toFixed(2)} ms  cpu ${cpuMsPerRequest.toFixed(2)} ms/req  errors ${result.non2xx + result.socketErrors}  rss ${rssMiB.toFixed(1)} MiB`,
          );
        }
      }
    } finally {
      await Promise.all([...servers.values()].map(stopServer));
    }
  }

  const django = venv.django.inventory;
  const flask = venv.flask.inventory;
  const results: BenchmarkResults = {
    date: new Date().toISOString().slice(0, 10),
    command: ['npm run bench:frameworks', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    smoke,
    machine: await machine(),
    versions: {
      python: django.python,
      django: version(django, 'Django'),
      flask: version(flask, 'Flask'),
      gunicorn: version(django, 'gunicorn'),
      wrk: wrkVersion,
      sqlalchemy: version(flask, 'SQLAlchemy'),
      flaskSqlalchemy: version(flask, 'Flask-SQLAlchemy'),
      flaskWtf: version(flask, 'Flask-WTF'),
      flaskLogin: version(flask, 'Flask-Login'),
      sqlite: django.sqlite,
    },
    config,
    install: { django: install(django, 'django'), flask: install(flask, 'flask') },
    servers: SERVER_VARIANTS.map((variant) => ({
      id: variant.id,
      framework: variant.framework,
      label: variant.label,
      coldStartMs: summarise(coldStarts.get(variant.id) ?? [], 0),
    })),
    scenarios: SCENARIOS.map((scenario) => {
      const measured = (framework: Framework) => {
        const mine = samples.filter((s) => s.scenario === scenario.id && s.framework === framework);
        return {
          server: serverVariant(scenario.servers[framework]).id,
          requestsPerSecond: summarise(
            mine.map((s) => requestsPerSecond(s.run)),
            0,
          ),
          latencyP50Ms: summarise(mine.map((s) => s.run.p50Us / 1000)),
          latencyP99Ms: summarise(mine.map((s) => s.run.p99Us / 1000)),
          errors: mine.reduce((sum, s) => sum + s.run.non2xx + s.run.socketErrors, 0),
          rssPerWorkerMiB: summarise(
            mine.map((s) => s.rssMiB),
            1,
          ),
          cpuMsPerRequest: summarise(
            mine.map((s) => s.cpuMsPerRequest),
            3,
          ),
        };
      };
      const d = measured('django');
      const f = measured('flask');
      return {
        id: scenario.id,
        label: scenario.label,
        description: scenario.description,
        path: scenario.path,
        django: d,
        flask: f,
        ratio: {
          requestsPerSecond: ratio(d.requestsPerSecond.median, f.requestsPerSecond.median),
          latencyP50Ms: ratio(d.latencyP50Ms.median, f.latencyP50Ms.median),
          latencyP99Ms: ratio(d.latencyP99Ms.median, f.latencyP99Ms.median),
          rssPerWorkerMiB: ratio(d.rssPerWorkerMiB.median, f.rssPerWorkerMiB.median),
          cpuMsPerRequest: ratio(d.cpuMsPerRequest.median, f.cpuMsPerRequest.median),
        },
      };
    }),
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(benchmarkResultsSchema.parse(results), null, 2)}\n`);
  console.log(`bench: wrote ${relative(ROOT, outFile)} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return samples;
}

const expected = SCENARIOS.flatMap((scenario) => FRAMEWORKS.map((framework) => ({ scenario: scenario.id, framework })));
let samples: Sample[] = [];
let crash: unknown;
try {
  samples = await main();
} catch (error) {
  crash = error;
  console.error(error instanceof Error ? error.message : error);
}
if (options.report) {
  const verdict = smokeVerdict(expected, samples);
  mkdirSync(dirname(options.report), { recursive: true });
  writeFileSync(options.report, `${JSON.stringify(verdict, null, 2)}\n`);
  for (const failure of verdict.failures) console.error(`bench-smoke: FAIL ${failure}`);
  console.log(`bench-smoke: ${verdict.passed} passed, ${verdict.failed} failed`);
  if (verdict.failed > 0) process.exitCode = 1;
}
if (crash) process.exitCode = 1;
