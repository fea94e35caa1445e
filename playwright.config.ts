import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build, served by `astro preview`. tests/browser/run.mjs
 * picks the browser (Debian's /usr/bin/chromium, or Playwright's own when installed) and passes
 * its path in CHROMIUM_PATH; run the suite through `npm run test:browser`.
 */
// The port of the preview server: tests/browser/run.mjs picks a free one; no default, because a
// fixed port on a shared machine may already serve another checkout's build.
const PORT = Number(process.env.TEST_PORT);
if (!Number.isInteger(PORT) || PORT <= 0) {
  throw new Error('TEST_PORT is not set: run `npm run test:browser` (it picks a free port) or set TEST_PORT=<port>');
}
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  // CI machines have two cores; elsewhere Playwright's default (half the cores) applies.
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env.CI),
  // npm test runs the site checks and the Python examples beside this suite on two cores: a hang
  // still fails a test, a busy machine must not.
  timeout: 60_000,
  // One retry under CI: a test that fails and then passes is reported as flaky, by name, in CI's
  // summary (src/site/ci-summary.mjs), so it is seen and looked into rather than hidden or landing red.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace costs about a third of the suite's CPU time, for every passing test too;
    // to look into a failure, run it again with `npm run test:browser -- --trace retain-on-failure`.
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // This machine has no network beyond package registries: keep Chromium from trying.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never: a server already on the port is someone else's, not this build's.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
