import { defineConfig } from 'vitest/config';

/**
 * Four projects, run at different points of `npm test`:
 * - unit: pure logic and checks over content/ (fast, no build);
 * - content: builds throw-away copies of the project with broken content and checks the errors;
 * - site: checks over the built dist/ (run after `npm run build`), and one more build to compare with it;
 * - scale: the memory budget of a build with 500 more chapters (about a minute and a half of two
 *   cores), run beside the JavaScript lane once the Python examples are done, where a core is free.
 * Browser tests run separately under Playwright (tests/browser).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Content: each failing build keeps about a core busy; two at a time on a two-core machine.
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'scale', include: ['tests/scale/**/*.test.ts'], testTimeout: 900_000 } },
    ],
  },
});
