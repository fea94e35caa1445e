/**
 * Every built page, visited once at phone width, for two invariants (one test each, each listing
 * every failing page): it loads without a console error, exception or CSP violation, and it does
 * not scroll sideways on a 360 px screen. One visit serves both because visiting all 161 pages
 * is the costly part: two sweeps cost the suite about a minute more. (No script of the site
 * depends on the screen's width, so what a page reports while loading is the same on a laptop.)
 * A new chapter adds pages to the sweep, not tests.
 */
import { builtPages } from '../helpers/dist';
import { expect, test as base } from './fixtures';
import { sweepInTabs } from './sweep-tabs';

const PHONE = { width: 360, height: 800 };
const paths = builtPages().map(({ path }) => path);

interface PhoneVisits {
  /** "<path>: <problem>" for console errors, exceptions and CSP violations. */
  problems: string[];
  /** "<path>: N px too wide" for pages wider than the screen. */
  tooWide: string[];
}

const test = base.extend<object, { phoneVisits: PhoneVisits }>({
  phoneVisits: [
    async ({ browser }, use, workerInfo) => {
      // A worker fixture gets no `context`: this one is made with the project's address.
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL ?? '', viewport: PHONE });
      const tooWide: string[] = [];
      // networkidle: scripts that run late, and what they fetch, get to report problems too.
      const problems = await sweepInTabs(
        context,
        paths,
        async (tab, seen, path) => {
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) tooWide.push(`${path}: ${overflow} px too wide`);
          return [...seen];
        },
        { waitUntil: 'networkidle' },
      );
      await context.close();
      await use({ problems, tooWide: tooWide.sort() });
    },
    { scope: 'worker', timeout: 60_000 + paths.length * 5_000 },
  ],
});

// Both tests in one worker, in order, so the pages are visited once.
test.describe.configure({ mode: 'default' });

test('every page loads without a console error, exception or CSP violation', async ({ phoneVisits }) => {
  expect(paths.length).toBeGreaterThan(100);
  expect(phoneVisits.problems).toEqual([]);
});

test('no page of the site scrolls sideways at 360 px', async ({ phoneVisits }) => {
  expect(phoneVisits.tooWide).toEqual([]);
});
