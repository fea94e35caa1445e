/**
 * `npm run test:python`: runs every example project of content/examples/ with pytest, once per
 * supported release line of examples.yaml (Django 5.2 LTS on Python 3.11, Django 6.1 on Python
 * 3.13), each against the pinned releases of its own lock file (requirements-<line>.lock) in its
 * own virtual environment (.venv-<line>/), which this script makes itself: when it is missing, or
 * when the lock file changed since it was filled (.venv-<line>/lock.sha256 holds a hash of its pins,
 * its Python version and the interpreter's path; comments do not count). The interpreter is the lock's `# python:` release:
 * python3.11 from the system, or the 3.13 that src/examples/current-python.ts provides (building it
 * once if the machine has none). So `npm test` needs nothing set up by hand.
 *
 * Each project runs in its own pytest process (a Django project's settings are per process),
 * with the shared plugin content/examples/examples_pytest.py. The lines run side by side when the
 * machine has two cores or more. pytest writes JUnit XML per line and project to
 * reports/python/<line>/; the totals, per line too, go to reports/python.json for the CI summary.
 * Exit status 1 when anything failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PYTHON_MINOR } from './python-source-build.ts';
import { lockFileName, parseManifest, readLines, type ExampleLine, type ExampleProject } from './examples.ts';
import { ensureCurrentPython } from './current-python.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'content/examples');
const REPORTS = join(ROOT, 'reports');

/** A step that has not finished in this time has hung (a test left a thread behind): it fails instead of stalling CI. */
const STEP_TIMEOUT_MS = 10 * 60_000;

/**
 * What the installed Django deprecates fails the project, on both lines, so no page shows code on
 * its way out (Django 6.1 deprecates EMAIL_BACKEND, for one). On pytest's command line, because
 * only those filters also apply while pytest-django reads the settings, before any test.
 */
const DEPRECATIONS_FAIL = ['RemovedInNextVersionWarning', 'RemovedAfterNextVersionWarning'].flatMap((category) => [
  '-W',
  `error::django.utils.deprecation.${category}`,
]);

class SetupError extends Error {}

/** Runs a command, collecting its output so that two lines running at once do not interleave theirs. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return new Promise<{ status: number; output: string }>((done) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      output += `${command} ${args.slice(0, 3).join(' ')}: ${error.message}\n`;
      done({ status: 127, output });
    });
    child.on('close', (status, signal) => {
      if (signal) output += `${command} ${args.slice(0, 3).join(' ')}: stopped by ${signal} (timeout ${STEP_TIMEOUT_MS / 60_000} min)\n`;
      done({ status: status ?? 1, output });
    });
  });
}

/** The interpreter for a lock's Python: the system's python3.11, or the current Python (3.13). */
async function interpreterFor(line: ExampleLine): Promise<string> {
  if (line.lock.python === PYTHON_MINOR) return ensureCurrentPython();
  const command = `python${line.lock.python}`;
  if (spawnSync(command, ['--version']).status !== 0) {
    throw new SetupError(`${lockFileName(line.id)} wants Python ${line.lock.python}, and ${command} is not installed`);
  }
  return command;
}

/** Makes or refreshes .venv-<line>/ so it holds exactly the line's pins; returns its python. */
async function ensureVenv(line: ExampleLine, say: (text: string) => void): Promise<string> {
  const venv = join(ROOT, `.venv-${line.id}`);
  const python = join(venv, 'bin/python');
  const stamp = join(venv, 'lock.sha256');
  const lockFile = join(EXAMPLES, lockFileName(line.id));
  const pins = [...line.lock.versions].sort(([a], [b]) => a.localeCompare(b));
  // The interpreter's path counts too: a venv made from another build of Python 3.13 is remade.
  const base = await interpreterFor(line);
  const hash = createHash('sha256')
    .update(JSON.stringify({ python: line.lock.python, base, pins }))
    .digest('hex');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) return python;
  say(
    existsSync(venv)
      ? `${lockFileName(line.id)} or the interpreter changed; rebuilding .venv-${line.id}/`
      : `creating .venv-${line.id}/ with ${base}`,
  );
  rmSync(venv, { recursive: true, force: true });
  const must = async (args: string[], command: string, problem: string) => {
    const { status, output } = await run(command, args);
    if (status !== 0) throw new SetupError(`${problem}\n${output}`);
  };
  await must(['-m', 'venv', venv], base, `\`${base} -m venv\` failed`);
  // --no-deps: the lock pins every transitive dependency too; `pip check` proves it is complete.
  // --no-compile: the examples import a small part of what is installed, and Python compiles
  // (and caches) that on first import; compiling all of it up front cost about 6 CPU-seconds.
  const pip = ['-m', 'pip', '--disable-pip-version-check', '--quiet'];
  await must([...pip, 'install', '--no-deps', '--no-compile', '-r', lockFile], python, `pip could not install ${lockFileName(line.id)}`);
  await must([...pip, 'check'], python, `${lockFileName(line.id)} misses a dependency (see pip check above)`);
  writeFileSync(stamp, `${hash}\n`);
  return python;
}

/** Counts from one JUnit XML report; a missing or unreadable one is one failure. */
function junitCounts(file: string) {
  const suite = existsSync(file) ? /<testsuite\b([^>]*)>/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  if (suite === undefined) return { tests: 0, failed: 1, skipped: 0 };
  const attribute = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? 0);
  return { tests: attribute('tests'), failed: attribute('failures') + attribute('errors'), skipped: attribute('skipped') };
}

interface ProjectResult {
  project: string;
  passed: number;
  failed: number;
  skipped: number;
  tests: number;
}

/** Every project of one line, one after the other; each project's output is printed whole when it ends. */
async function runLine(line: ExampleLine, projects: ExampleProject[]) {
  const started = Date.now();
  const say = (text: string) => console.log(`test:python [${line.id}]: ${text}`);
  const reports = join(REPORTS, 'python', line.id);
  mkdirSync(reports, { recursive: true });
  let python: string;
  try {
    python = await ensureVenv(line, say);
  } catch (error) {
    // No interpreter (current-python failed) or no environment: this line fails, the other still runs.
    say((error as Error).message);
    return { id: line.id, python: line.lock.python, setupFailed: true, seconds: (Date.now() - started) / 1000, projects: [] };
  }
  const results: ProjectResult[] = [];
  for (const project of projects.filter(({ lines }) => lines.includes(line.id))) {
    const junit = join(reports, `${project.id}.xml`);
    const args = ['-m', 'pytest', '-q', '-p', 'examples_pytest', '-p', 'no:cacheprovider', ...DEPRECATIONS_FAIL, `--junitxml=${junit}`];
    const { status, output } = await run(python, args, {
      cwd: join(EXAMPLES, project.id),
      // The shared plugin lives in content/examples/; no .pyc files in the content folder.
      env: { ...process.env, PYTHONPATH: EXAMPLES, PYTHONDONTWRITEBYTECODE: '1' },
    });
    say(`${project.id}\n${output.trimEnd()}\n`);
    const counts = junitCounts(junit);
    // pytest failing without a failed test (e.g. nothing collected) still fails the project.
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    results.push({ project: project.id, ...counts, passed: counts.tests - counts.failed - counts.skipped });
  }
  return { id: line.id, python: line.lock.python, setupFailed: false, seconds: (Date.now() - started) / 1000, projects: results };
}

const started = Date.now();
const { lineIds, projects } = parseManifest(parseYaml(readFileSync(join(EXAMPLES, 'examples.yaml'), 'utf8')));
const lines = readLines(lineIds, (file) => readFileSync(join(EXAMPLES, file), 'utf8'));

// A folder that is not listed would never run: refuse it.
const listed = new Set(projects.map(({ id }) => id));
const unlisted = readdirSync(EXAMPLES, { withFileTypes: true }).filter(
  (entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== '__pycache__' && !listed.has(entry.name),
);
if (unlisted.length) {
  console.error(`test:python: content/examples/examples.yaml does not list ${unlisted.map(({ name }) => name).join(', ')}`);
  process.exit(1);
}

rmSync(join(REPORTS, 'python'), { recursive: true, force: true });
// One core: one line after the other, so the two do not fight over it.
const lineResults =
  availableParallelism() >= 2
    ? await Promise.all(lines.map((line) => runLine(line, projects)))
    : await lines.reduce(
        async (done, line) => [...(await done), await runLine(line, projects)],
        Promise.resolve([] as Awaited<ReturnType<typeof runLine>>[]),
      );

const sum = (key: 'passed' | 'failed' | 'skipped', results: ProjectResult[]) => results.reduce((total, result) => total + result[key], 0);
const perLine = lineResults.map((result) => ({
  ...result,
  passed: sum('passed', result.projects),
  // A line whose interpreter or virtual environment could not be made is one failure.
  failed: sum('failed', result.projects) + (result.setupFailed ? 1 : 0),
  skipped: sum('skipped', result.projects),
}));
const report = {
  passed: perLine.reduce((total, line) => total + line.passed, 0),
  failed: perLine.reduce((total, line) => total + line.failed, 0),
  skipped: perLine.reduce((total, line) => total + line.skipped, 0),
  seconds: (Date.now() - started) / 1000,
  lines: perLine,
};
mkdirSync(REPORTS, { recursive: true });
writeFileSync(join(REPORTS, 'python.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const line of perLine) {
  console.log(
    `test:python [${line.id}]: Python ${line.python}: ${line.passed} passed, ${line.failed} failed, ${line.skipped} skipped in ${line.seconds.toFixed(1)} s`,
  );
}
console.log(`test:python: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped in ${report.seconds.toFixed(1)} s`);
process.exit(report.failed === 0 ? 0 : 1);
