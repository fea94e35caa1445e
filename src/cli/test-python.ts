/**
 * `npm run test:python`: runs every example project of content/examples/ with pytest, against
 * the pinned releases of content/examples/requirements.lock, in one virtual environment (.venv/)
 * that this script makes itself: when it is missing, or when the lock file changed since it was
 * filled (.venv/lock.sha256 holds a hash of its pins and Python version; comments do not count).
 * So `npm test` needs nothing set up by hand.
 *
 * Each project runs in its own pytest process (a Django project's settings are per process),
 * with the shared plugin content/examples/examples_pytest.py; compile-only projects (not_executed
 * in examples.yaml) get --compile-only. pytest writes JUnit XML per project to reports/python/;
 * the totals go to reports/python.json for the CI summary. Exit status 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseLock, parseProjects, type Lock } from '../lib/examples.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'content/examples');
const LOCK = join(EXAMPLES, 'requirements.lock');
const VENV = join(ROOT, '.venv');
const PYTHON = join(VENV, 'bin/python');
const STAMP = join(VENV, 'lock.sha256');
const REPORTS = join(ROOT, 'reports');

/** A step that has not finished in this time has hung (a test left a thread behind): it fails instead of stalling CI. */
const STEP_TIMEOUT_MS = 10 * 60_000;

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL', ...options });
  if (result.error) console.error(`test:python: ${command} ${args.slice(0, 3).join(' ')}: ${result.error.message}`);
  return result.status ?? 1;
}

function fail(message: string): never {
  console.error(`test:python: ${message}`);
  process.exit(1);
}

/** Makes or refreshes .venv/ so it holds exactly the lock file's pins. */
function ensureVenv(lock: Lock): void {
  const pins = [...lock.versions].sort(([a], [b]) => a.localeCompare(b));
  const hash = createHash('sha256')
    .update(JSON.stringify({ python: lock.python, pins }))
    .digest('hex');
  if (existsSync(PYTHON) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash) return;
  console.log(existsSync(VENV) ? 'test:python: the lock file changed; rebuilding .venv/' : 'test:python: creating .venv/');
  rmSync(VENV, { recursive: true, force: true });
  if (run('python3', ['-m', 'venv', VENV]) !== 0) {
    fail('`python3 -m venv` failed: install Python 3 with venv support (Debian: apt-get install python3-venv)');
  }
  // --no-deps: the lock pins every transitive dependency too; `pip check` proves it is complete.
  // --no-compile: the examples import a small part of what is installed, and Python compiles
  // (and caches) that on first import; compiling all of it up front cost about 6 CPU-seconds.
  const pip = ['-m', 'pip', '--disable-pip-version-check', '--quiet'];
  if (run(PYTHON, [...pip, 'install', '--no-deps', '--no-compile', '-r', LOCK]) !== 0) fail('pip could not install requirements.lock');
  if (run(PYTHON, [...pip, 'check']) !== 0) fail('requirements.lock misses a dependency (see pip check above)');
  writeFileSync(STAMP, `${hash}\n`);
}

/** Counts from one JUnit XML report; a missing or unreadable one is one failure. */
function junitCounts(file: string) {
  const suite = existsSync(file) ? /<testsuite\b([^>]*)>/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  if (suite === undefined) return { tests: 0, failed: 1, skipped: 0 };
  const attribute = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? 0);
  return { tests: attribute('tests'), failed: attribute('failures') + attribute('errors'), skipped: attribute('skipped') };
}

const started = Date.now();
const lock = parseLock(readFileSync(LOCK, 'utf8'));
const projects = parseProjects(parseYaml(readFileSync(join(EXAMPLES, 'examples.yaml'), 'utf8')));

// A folder that is not listed would never run: refuse it.
const listed = new Set(projects.map(({ id }) => id));
const unlisted = readdirSync(EXAMPLES, { withFileTypes: true }).filter(
  (entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== '__pycache__' && !listed.has(entry.name),
);
if (unlisted.length) fail(`content/examples/examples.yaml does not list ${unlisted.map(({ name }) => name).join(', ')}`);

ensureVenv(lock);
const version = spawnSync(PYTHON, ['-c', 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'], {
  encoding: 'utf8',
}).stdout.trim();
if (version !== lock.python) console.warn(`test:python: warning: .venv has Python ${version}, the lock file was made for ${lock.python}`);

rmSync(join(REPORTS, 'python'), { recursive: true, force: true });
mkdirSync(join(REPORTS, 'python'), { recursive: true });
const results = projects.map((project) => {
  const junit = join(REPORTS, 'python', `${project.id}.xml`);
  console.log(`\ntest:python: ${project.id}${project.notExecuted ? ' (compile only)' : ''}`);
  const args = ['-m', 'pytest', '-q', '-p', 'examples_pytest', '-p', 'no:cacheprovider', `--junitxml=${junit}`];
  if (project.notExecuted) args.push('--compile-only');
  const status = run(PYTHON, args, {
    cwd: join(EXAMPLES, project.id),
    // The shared plugin lives in content/examples/; no .pyc files in the content folder.
    env: { ...process.env, PYTHONPATH: EXAMPLES, PYTHONDONTWRITEBYTECODE: '1' },
  });
  const counts = junitCounts(junit);
  // pytest failing without a failed test (e.g. nothing collected) still fails the project.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return {
    project: project.id,
    compileOnly: Boolean(project.notExecuted),
    ...counts,
    passed: counts.tests - counts.failed - counts.skipped,
  };
});

const total = (key: 'passed' | 'failed' | 'skipped') => results.reduce((sum, result) => sum + result[key], 0);
const report = {
  passed: total('passed'),
  failed: total('failed'),
  skipped: total('skipped'),
  seconds: (Date.now() - started) / 1000,
  projects: results,
};
writeFileSync(join(REPORTS, 'python.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\ntest:python: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped in ${report.seconds.toFixed(1)} s`);
process.exit(report.failed === 0 ? 0 : 1);
