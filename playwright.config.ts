import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build, served by `astro preview`. tests/browser/run.mjs
 * picks the browser (Debian's /usr/bin/chromium, or Playwright's own when installed) and passes
 * its path in CHROMIUM_PATH; run the suite through `npm run test:browser`.
 */
// TEST_PORT lets two checkouts run their suites at once.
const PORT = Number(process.env.TEST_PORT ?? 4329);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  // CI machines have two cores.
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'reports/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
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
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
