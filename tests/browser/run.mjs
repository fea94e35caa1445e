/**
 * Runs the Playwright suite in real Chromium: Debian's /usr/bin/chromium when present, otherwise
 * Playwright's own browser if one was installed. With no browser at all, the suite is skipped
 * loudly on a developer machine and fails under CI=true.
 *
 * The preview server gets a port the operating system reports free right now (listen on port 0),
 * unless TEST_PORT is set: a fixed port could collide with, or silently test, another
 * checkout's server on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { findChromium } from '../../src/site/chromium.mjs';

/** A TCP port on 127.0.0.1 that nothing listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

const port = process.env.TEST_PORT || String(await freePort());
const cli = new URL('../../node_modules/@playwright/test/cli.js', import.meta.url).pathname;
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, TEST_PORT: port },
});
process.exit(result.status ?? 1);
