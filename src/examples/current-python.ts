/**
 * `node src/examples/current-python.ts`: prints the absolute path of a CPython 3.13 that can make
 * virtual environments, getting one first when the machine has none. `npm run test:python` and
 * `.ci/run` call it, so nobody installs it by hand.
 *
 * In order: $CURRENT_PYTHON (a developer's own interpreter); Debian's python3.13 when apt can
 * install it (Debian 13); otherwise (Debian 12) Debian 13's source package of python3.13, fetched
 * with `apt-get source` (which checks it against the signed archive index) and built without PGO
 * into a cache folder outside the repository, reused while the upstream release is unchanged.
 * A stamp file written after the build passed its checks marks it finished, so an interrupted build
 * is redone; a lock folder keeps two callers from building at once. Progress goes to stderr,
 * the path alone to stdout.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CONFIGURE_OPTIONS,
  PYTHON_MINOR,
  answerStillHolds,
  aptCandidate,
  cacheIsCurrent,
  newestVersion,
  offersTrixieSources,
  parseSourceUris,
  stampText,
  trixieSourceFile,
  type BuildStamp,
  type SourcePackage,
} from './python-source-build.ts';

const SOURCE_PACKAGE = `python${PYTHON_MINOR}`;
const SYSTEM_PYTHON = `/usr/bin/python${PYTHON_MINOR}`;
const APT_SOURCES = '/etc/apt/sources.list.d';
const OUR_SOURCES_FILE = join(APT_SOURCES, 'django-vs-flask-guide-trixie-src.sources');
const ARCHIVE_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
/** What CPython's build needs so that ssl, sqlite3, zlib, ctypes, lzma, bz2, readline and uuid build. */
const BUILD_PACKAGES = [
  'gcc',
  'make',
  'pkg-config',
  'xz-utils',
  'libssl-dev',
  'zlib1g-dev',
  'libffi-dev',
  'libsqlite3-dev',
  'libbz2-dev',
  'liblzma-dev',
  'libreadline-dev',
  'uuid-dev',
];
/** The modules the examples, pip and the benchmark need; a build missing one of them is refused. */
const REQUIRED_MODULES = 'ssl, sqlite3, zlib, ctypes, venv, lzma, bz2, readline, uuid, ensurepip';
const STAMP_NAME = '.current-python.json';
/** What apt's answer looked like last time: the interpreter chosen, dated by the file's mtime. */
const ANSWER_FILE = () => join(cacheRoot(), `answer-${PYTHON_MINOR}.txt`);
/** Folders whose change (apt-get update, a new source) may change apt's answer. */
const APT_STATE = ['/var/lib/apt/lists', APT_SOURCES, '/etc/apt/sources.list'];

export const cacheRoot = () => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'django-vs-flask-guide');

function say(message: string): void {
  console.error(`current-python: ${message}`);
}

class CurrentPythonError extends Error {}

interface Run {
  status: number;
  stdout: string;
}

/**
 * Runs a command. Its output is captured (stdout; stderr dropped, the caller judges the result), or
 * appended to `log`, or echoed to stderr: never to our stdout, which carries the path alone.
 */
function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string | undefined; capture?: boolean; log?: string } = {},
): Promise<Run> {
  return new Promise((done) => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C' };
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const sink = (chunk: Buffer, isStdout: boolean) => {
      if (options.log !== undefined) writeFileSync(options.log, chunk, { flag: 'a' });
      else if (options.capture) stdout += isStdout ? chunk.toString() : '';
      else process.stderr.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => sink(chunk, true));
    child.stderr.on('data', (chunk: Buffer) => sink(chunk, false));
    child.on('error', (error) => {
      say(`${command}: ${error.message}`);
      done({ status: 127, stdout });
    });
    child.on('close', (status) => done({ status: status ?? 1, stdout }));
  });
}

async function must(command: string, args: readonly string[], what: string, options: { cwd?: string; log?: string } = {}) {
  const { status } = await run(command, args, options);
  if (status === 0) return;
  if (options.log !== undefined && existsSync(options.log)) {
    process.stderr.write(readFileSync(options.log, 'utf8').split('\n').slice(-40).join('\n'));
    say(`full output: ${options.log}`);
  }
  throw new CurrentPythonError(`${what} failed (exit status ${status})`);
}

/** apt-get as root, through sudo when this is not root; waits for another apt to finish instead of failing. */
function aptGet(args: readonly string[], cwd?: string) {
  const command = ['apt-get', '-q', '-o', 'DPkg::Lock::Timeout=600', ...args];
  if (process.getuid?.() === 0) return run(command[0]!, command.slice(1), { cwd });
  return run('sudo', ['-n', ...command], { cwd });
}

async function aptMust(args: readonly string[], cwd?: string) {
  if ((await aptGet(args, cwd)).status !== 0) {
    throw new CurrentPythonError(
      `apt-get ${args.join(' ')} failed; as root, or with $CURRENT_PYTHON set to a Python ${PYTHON_MINOR}, try again`,
    );
  }
}

/** Whether `python` starts and has every module the project needs. */
async function hasRequiredModules(python: string): Promise<boolean> {
  return (await run(python, ['-c', `import ${REQUIRED_MODULES}`], { capture: true })).status === 0;
}

/** The full check of a new interpreter: its modules, and a virtual environment with pip in it. */
async function verify(python: string): Promise<void> {
  if (!(await hasRequiredModules(python))) throw new CurrentPythonError(`${python} lacks one of: ${REQUIRED_MODULES}`);
  const probe = join(tmpdir(), `current-python-venv-${process.pid}`);
  try {
    await must(python, ['-m', 'venv', probe], `${python} -m venv`);
    await must(join(probe, 'bin/python'), ['-m', 'pip', '--version'], 'pip inside the new virtual environment');
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

async function installedPackages(names: readonly string[]): Promise<Set<string>> {
  const { stdout } = await run('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Status}\n', ...names], { capture: true });
  return new Set(
    stdout
      .split('\n')
      .filter((line) => line.endsWith(' installed'))
      .map((line) => line.split(' ')[0]!),
  );
}

/** Debian 13 and later: the distribution's own python3.13, installed with apt when it is not yet. */
async function fromDebianPackage(): Promise<string | undefined> {
  const venvPackage = `python${PYTHON_MINOR}-venv`;
  const policy = async () => aptCandidate((await run('apt-cache', ['policy', venvPackage], { capture: true })).stdout);
  let candidate = await policy();
  const release = Number(/^VERSION_ID="?(\d+)/m.exec(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')?.[1]);
  if (candidate === undefined && release >= 13) {
    // A fresh Debian 13 may not have fetched its package lists yet.
    await aptMust(['update']);
    candidate = await policy();
  }
  if (candidate === undefined) return undefined;
  say(`installing Debian's ${venvPackage} ${candidate}`);
  await aptMust(['install', '-y', '--no-install-recommends', venvPackage]);
  await verify(SYSTEM_PYTHON);
  return SYSTEM_PYTHON;
}

/** Adds the deb-src source for Debian 13 unless some sources file already offers it. */
function ensureTrixieSources(): boolean {
  const files = existsSync(APT_SOURCES) ? readdirSync(APT_SOURCES).filter((name) => /\.(sources|list)$/.test(name)) : [];
  const texts = [...files.map((name) => join(APT_SOURCES, name)), '/etc/apt/sources.list']
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'));
  if (texts.some(offersTrixieSources)) return false;
  say(`adding ${OUR_SOURCES_FILE} (Debian 13 source packages only)`);
  writeFileSync(OUR_SOURCES_FILE, trixieSourceFile(ARCHIVE_KEYRING));
  return true;
}

async function sourcePackage(): Promise<SourcePackage | undefined> {
  const { stdout } = await run('apt-get', ['source', '--print-uris', SOURCE_PACKAGE], { capture: true });
  return parseSourceUris(stdout, SOURCE_PACKAGE);
}

/** Holds a lock folder while `work` runs; a lock whose holder died is taken over. */
async function withLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  let told = false;
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(existsSync(join(path, 'pid')) ? readFileSync(join(path, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(holder) && !isAlive(holder)) {
        rmSync(path, { recursive: true, force: true });
        continue;
      }
      if (!told) say(`waiting for another caller (pid ${holder || '?'}) that is getting the interpreter`);
      told = true;
      await sleep(2000);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const prefixFor = (upstreamVersion: string) => join(cacheRoot(), `cpython-${upstreamVersion}`);
const pythonIn = (prefix: string) => join(prefix, 'bin', `python${PYTHON_MINOR}`);
const readStamp = (prefix: string) => (existsSync(join(prefix, STAMP_NAME)) ? readFileSync(join(prefix, STAMP_NAME), 'utf8') : undefined);

/** Builds the upstream tarball of Debian's source package into the cache; returns the interpreter. */
async function build(source: SourcePackage, wanted: BuildStamp): Promise<string> {
  const prefix = prefixFor(source.upstreamVersion);
  const work = join(cacheRoot(), `build-${source.upstreamVersion}`);
  const log = join(work, 'build.log');
  const started = Date.now();

  const installed = await installedPackages(BUILD_PACKAGES);
  const missing = BUILD_PACKAGES.filter((name) => !installed.has(name));
  if (missing.length) {
    say(`installing build dependencies: ${missing.join(' ')}`);
    await aptMust(['install', '-y', '--no-install-recommends', ...missing]);
  }

  rmSync(work, { recursive: true, force: true });
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  say(`downloading Debian's source package ${SOURCE_PACKAGE} ${source.debianVersion} (apt checks it against the signed archive index)`);
  await aptMust(['source', '--download-only', `${SOURCE_PACKAGE}=${source.debianVersion}`], work);
  await must('tar', ['-xf', source.origTarball], `unpacking ${source.origTarball}`, { cwd: work });
  const tree = join(work, `Python-${source.upstreamVersion}`);

  const jobs = String(availableParallelism());
  say(`building CPython ${source.upstreamVersion} from Debian's source package (about 5 minutes on 2 cores; log: ${log})`);
  await must(join(tree, 'configure'), [`--prefix=${prefix}`, ...CONFIGURE_OPTIONS], './configure', { cwd: tree, log });
  await must('make', [`-j${jobs}`], 'make', { cwd: tree, log });
  await must('make', ['install'], 'make install', { cwd: tree, log });

  const python = pythonIn(prefix);
  say('checking the new interpreter (modules, venv, pip)');
  await verify(python);
  writeFileSync(join(prefix, STAMP_NAME), stampText(wanted));
  rmSync(work, { recursive: true, force: true });
  say(`built CPython ${source.upstreamVersion} in ${Math.round((Date.now() - started) / 1000)} s: ${python}`);
  return python;
}

/** Debian 12: Debian 13's source package, built once into the cache. */
async function fromSourcePackage(): Promise<string> {
  mkdirSync(cacheRoot(), { recursive: true });
  let source = await sourcePackage();
  if (source !== undefined) {
    // The common case, without a lock: a finished build of the release apt offers.
    const prefix = prefixFor(source.upstreamVersion);
    if (cacheIsCurrent(readStamp(prefix), stampFor(source))) return pythonIn(prefix);
  }
  return withLock(join(cacheRoot(), `cpython-${PYTHON_MINOR}.lock`), async () => {
    if (source === undefined) {
      try {
        if (ensureTrixieSources() || (await sourcePackage()) === undefined) await aptMust(['update']);
      } catch (error) {
        const cached = newestCachedBuild();
        if (cached === undefined) throw error;
        say(`apt could not be asked (${(error as Error).message}); using the cached build ${cached}`);
        return cached;
      }
      source = await sourcePackage();
      if (source === undefined)
        throw new CurrentPythonError(`apt offers no source package ${SOURCE_PACKAGE}, even with Debian 13's deb-src source`);
    }
    const wanted = stampFor(source);
    // Another caller may have finished the build while this one waited for the lock.
    if (cacheIsCurrent(readStamp(prefixFor(source.upstreamVersion)), wanted)) return pythonIn(prefixFor(source.upstreamVersion));
    return build(source, wanted);
  });
}

function stampFor(source: SourcePackage): BuildStamp {
  return { upstreamVersion: source.upstreamVersion, debianVersion: source.debianVersion, configureOptions: [...CONFIGURE_OPTIONS] };
}

/** A finished build in the cache, the newest release; for machines where apt cannot be asked. */
function newestCachedBuild(): string | undefined {
  const versions = readdirSync(cacheRoot())
    .map((name) => /^cpython-(\d+\.\d+\.\d+)$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined && readStamp(prefixFor(version)) !== undefined);
  const newest = newestVersion(versions);
  return newest === undefined ? undefined : pythonIn(prefixFor(newest));
}

/** The cached build apt pointed to last time, when apt has not changed since. */
function previousAnswer(): string | undefined {
  if (!existsSync(ANSWER_FILE())) return undefined;
  const aptChangedAt = Math.max(0, ...APT_STATE.filter((path) => existsSync(path)).map((path) => statSync(path).mtimeMs));
  const python = readFileSync(ANSWER_FILE(), 'utf8').trim();
  const prefix = resolve(python, '../..');
  if (!answerStillHolds(statSync(ANSWER_FILE()).mtimeMs, aptChangedAt) || readStamp(prefix) === undefined) return undefined;
  return python;
}

function remember(python: string): string {
  writeFileSync(ANSWER_FILE(), `${python}\n`);
  return python;
}

/** The absolute path of a CPython 3.13 for `-m venv`, getting one first when needed. */
export async function ensureCurrentPython(): Promise<string> {
  const override = process.env.CURRENT_PYTHON;
  if (override) {
    const python = resolve(override);
    if (!(await hasRequiredModules(python)))
      throw new CurrentPythonError(`$CURRENT_PYTHON=${override} does not run, or lacks one of: ${REQUIRED_MODULES}`);
    return python;
  }
  const venvPackage = `python${PYTHON_MINOR}-venv`;
  if ((await installedPackages([venvPackage])).has(venvPackage) && existsSync(SYSTEM_PYTHON)) return SYSTEM_PYTHON;
  return previousAnswer() ?? (await fromDebianPackage()) ?? remember(await fromSourcePackage());
}

if (import.meta.main) {
  try {
    console.log(await ensureCurrentPython());
  } catch (error) {
    if (!(error instanceof CurrentPythonError)) throw error;
    say(error.message);
    process.exit(1);
  }
}
