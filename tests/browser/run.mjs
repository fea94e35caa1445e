/**
 * Runs the Playwright suite in real Chromium: Debian's /usr/bin/chromium when present, otherwise
 * Playwright's own browser if one was installed. With no browser at all, the suite is skipped
 * loudly on a developer machine and fails under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from '../helpers/chromium.mjs';

const browser = findChromium();
if (!browser) {
  const banner = [
    '',
    '#'.repeat(78),
    '#  BROWSER TESTS NOT RUN: no Chromium found (looked for /usr/bin/chromium and',
    "#  Playwright's own browser). Install one: apt-get install -y chromium",
    '#'.repeat(78),
    '',
  ].join('\n');
  console.error(banner);
  process.exit(process.env.CI ? 1 : 0);
}

const cli = new URL('../../node_modules/@playwright/test/cli.js', import.meta.url).pathname;
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
