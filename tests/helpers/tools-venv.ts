/**
 * A small Python environment for checkers the site tests borrow from the package index:
 * check-jsonschema (validates .github/workflows/ against the GitHub workflow schema it vendors,
 * so no download at test time) and feedparser (reads the Atom feed as feed readers do). It lives
 * in .venv-tools/ (git-ignored), apart from the examples' .venv/, whose pins are the examples'
 * own. Made once, and again only when the pins below change: a cached run costs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixture-project.ts';

/** Exact pins; their dependencies come with them (a checker's, not the site's, so not locked). */
export const TOOL_PINS = ['check-jsonschema==0.39.0', 'feedparser==6.0.14'] as const;

const VENV = join(PROJECT_ROOT, '.venv-tools');
const STAMP = 'pins.txt';

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.error?.message ?? ''}${result.stdout}${result.stderr}`.slice(0, 4000));
  }
}

/**
 * The Python of .venv-tools/, making or refreshing the environment first. Run tools as modules
 * (`python -m check_jsonschema`): the scripts in bin/ name the folder they were built in.
 */
export function toolsPython(): string {
  const wanted = `${TOOL_PINS.join('\n')}\n`;
  const stamp = join(VENV, STAMP);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    // Built beside the final place and renamed into it, so two test files asking at once never
    // see half an environment (the loser of the race discards its copy).
    const building = mkdtempSync(join(PROJECT_ROOT, '.venv-tools-'));
    try {
      run('python3', ['-m', 'venv', building]);
      run(join(building, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...TOOL_PINS]);
      writeFileSync(join(building, STAMP), wanted);
      rmSync(VENV, { recursive: true, force: true });
      renameSync(building, VENV);
    } catch (error) {
      rmSync(building, { recursive: true, force: true });
      if (!existsSync(stamp)) throw error;
    }
  }
  return join(VENV, 'bin', 'python');
}
