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
import { BUILD_ENV, BUILD_NODE_FLAGS } from '../../src/build/build-memory.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface FixtureProject {
  root: string;
  /** Path of a file inside the fixture's content/ folder. */
  content: (relative: string) => string;
  /** Runs an Astro command (build, sync) in the fixture, `env` added to the environment; returns exit status and all output. */
  astro: (command: 'build' | 'sync', env?: Record<string, string>) => { status: number | null; output: string };
  /** The same, without blocking: so that tests can run builds side by side. */
  astroAsync: (command: 'build' | 'sync', env?: Record<string, string>) => Promise<{ status: number | null; output: string }>;
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

  // process.execPath: the pinned Node that runs the tests, not whatever `node` is on PATH; a
  // build is started as `npm run build` starts it (src/build/build-memory.ts).
  const astroArgs = (command: string) => [
    ...(command === 'build' ? BUILD_NODE_FLAGS : []),
    join(modules, 'astro', 'bin', 'astro.mjs'),
    command,
  ];
  // The environment as it is at each call: a caller may set SITE_URL just for one build.
  const spawnOptions = (command: string, env: Record<string, string> = {}) => ({
    cwd: root,
    env: {
      ...process.env,
      ...(command === 'build' ? BUILD_ENV : {}),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });

  return {
    root,
    content: (relative) => join(root, 'content', relative),
    astro: (command, env) => {
      const result = spawnSync(process.execPath, astroArgs(command), {
        ...spawnOptions(command, env),
        encoding: 'utf8',
        // Large builds (the benchmark's scale run) print far more than the 1 MB default.
        maxBuffer: 256 * 1024 * 1024,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    astroAsync: (command, env) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, astroArgs(command), spawnOptions(command, env));
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
