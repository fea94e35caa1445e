/**
 * A throwaway PostgreSQL for the framework benchmark: Debian's server binaries, a fresh data
 * folder from initdb, no TCP listener (only a unix socket inside that folder, so no port can
 * clash), stopped and deleted by stop() — the harness calls it in a finally block and on signals.
 * Run as root, the server runs as the `postgres` user, as PostgreSQL refuses root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
  /** The folder holding the socket: libpq's host. */
  host: string;
  port: string;
  user: string;
  version: string;
  stop: () => void;
}

/** The newest Debian PostgreSQL server installed under /usr/lib/postgresql, or $BENCH_PG_BIN. */
export function postgresBin(): string {
  if (process.env.BENCH_PG_BIN) return process.env.BENCH_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL server not found: apt-get install postgresql (or set BENCH_PG_BIN)');
  return join(root, newest, 'bin');
}

export function startPostgres(core?: string): Postgres {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString()) : undefined;
  const group = asRoot ? Number(execFileSync('id', ['-g', 'postgres']).toString()) : undefined;
  const folder = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  const data = join(folder, 'data');
  const user = asRoot ? 'postgres' : (process.env.USER ?? 'postgres');
  if (owner !== undefined && group !== undefined) {
    chmodSync(folder, 0o755);
    chownSync(folder, owner, group);
  }
  const as = (command: string[]): [string, string[]] => {
    const pinned = core ? ['taskset', '-c', core, ...command] : command;
    return asRoot ? ['runuser', ['-u', 'postgres', '--', ...pinned]] : [pinned[0] ?? '', pinned.slice(1)];
  };
  const runChecked = (command: string[]) => {
    const [file, args] = as(command);
    const result = spawnSync(file, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr || result.stdout}`);
    return result.stdout;
  };
  const stop = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      const [file, args] = as([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      spawnSync(file, args, { stdio: 'ignore' });
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    runChecked([join(bin, 'initdb'), '-D', data, '-U', user, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    // No durability work: the scenarios read; fsync would time the disk, not the frameworks.
    const options = `-c listen_addresses='' -k ${folder} -p 5432 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
    runChecked([join(bin, 'pg_ctl'), '-D', data, '-l', join(folder, 'log'), '-o', options, '-w', 'start']);
    const version = runChecked([join(bin, 'postgres'), '--version'])
      .trim()
      .replace(/^postgres \(PostgreSQL\) /, '');
    for (const database of ['bench_django', 'bench_flask']) {
      runChecked([join(bin, 'createdb'), '-h', folder, '-p', '5432', '-U', user, database]);
    }
    return { host: folder, port: '5432', user, version, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
