/**
 * A throw-away copy of the project for builds on altered content (bad-content tests, the
 * benchmark's scale run). Code, config and content/ are copied (Astro's compiler mislocates
 * symlinked sources); node_modules is a folder of links to the real packages, so Astro's cache
 * (node_modules/.astro) stays separate from the real project's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface FixtureProject {
  root: string;
  /** Path of a file inside the fixture's content/ folder. */
  content: (relative: string) => string;
  /** Runs an Astro command (build, sync) in the fixture; returns exit status and all output. */
  astro: (command: 'build' | 'sync') => { status: number | null; output: string };
  /** The same, without blocking: so that tests can run builds side by side. */
  astroAsync: (command: 'build' | 'sync') => Promise<{ status: number | null; output: string }>;
  remove: () => void;
}

export function createFixtureProject(options: { copyContent?: boolean } = {}): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'dvf-fixture-'));
  for (const name of COPIED) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(modules, name));
  }
  if (options.copyContent ?? true) cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  else mkdirSync(join(root, 'content'));

  // process.execPath: the pinned Node that runs the tests, not whatever `node` is on PATH.
  const astroArgs = (command: string) => [join(modules, 'astro', 'bin', 'astro.mjs'), command];
  // The environment as it is at each call: a caller may set SITE_URL just for one build.
  const spawnOptions = () => ({ cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });

  return {
    root,
    content: (relative) => join(root, 'content', relative),
    astro: (command) => {
      const result = spawnSync(process.execPath, astroArgs(command), {
        ...spawnOptions(),
        encoding: 'utf8',
        // Large builds (the benchmark's scale run) print far more than the 1 MB default.
        maxBuffer: 256 * 1024 * 1024,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    astroAsync: (command) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, astroArgs(command), spawnOptions());
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.once('error', reject);
        child.once('close', (status) => resolve({ status, output: `${Buffer.concat(out)}\n${Buffer.concat(err)}` }));
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
