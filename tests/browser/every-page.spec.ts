/**
 * Every built page, visited once, for four invariants (one test each, each listing every failing
 * page): it loads without a console error, exception or CSP violation; it does not scroll
 * sideways on a 360 px screen; and, at laptop width, it passes axe in the light scheme and axe's
 * colour rules in the dark one (share cards and decision results: a sample). One visit serves
 * all four: separate sweeps loaded each axe page twice more, and a load takes about half as long
 * as axe's two runs on that page.
 *
 * A page loads at phone width, then the tab widens to the laptop viewport for axe: no script of
 * the site depends on the screen's width, so what a page reports while loading is the same on a
 * laptop, and CSS lays the page out again for the new width as it would on a resized window.
 * A new chapter adds pages to the sweep, not tests.
 */
import type { Page } from '@playwright/test';
import { builtPages } from '../helpers/dist';
import { isResultPagePath } from '../../src/decision/decision-url';
import { axeViolationsInScheme, expect, test as base } from './fixtures';
import { sweepInTabs } from './sweep-tabs';

const PHONE = { width: 360, height: 800 };
const paths = builtPages().map(({ path }) => path);

/**
 * Share cards (/s/...) are one small template repeated for every section: axe runs on a few of
 * them, which stand for the rest. Every page, share cards included, must load cleanly.
 */
const SHARE_CARD_AXE_SAMPLE = 3;
const shareCards = paths.filter((path) => path.startsWith('/s/'));
/** Decision result pages are /decide/ with another head: axe on one of them stands for the rest. */
const RESULT_PAGE_FOR_AXE = '/decide/django/high/';
const axePaths: ReadonlySet<string> = new Set([
  ...paths.filter((path) => !path.startsWith('/s/') && (!isResultPagePath(path) || path === RESULT_PAGE_FOR_AXE)),
  ...shareCards.filter((_, index) => index % Math.ceil(shareCards.length / SHARE_CARD_AXE_SAMPLE) === 0),
]);

/** What the sweep found, as "<path>: <finding>" strings, one list per invariant. */
interface SiteSweep {
  /** Console errors, exceptions and CSP violations, while loading and while axe ran. */
  problems: string[];
  /** Pages wider than a 360 px screen. */
  tooWide: string[];
  /** axe, every rule, light scheme, laptop width. */
  axeLight: string[];
  /** axe's colour rules, dark scheme, laptop width (the dark scheme changes colours only). */
  axeDark: string[];
  /** The pages axe ran on. */
  axeRan: string[];
}

/** Runs axe at `viewport` in both schemes, then puts the tab back as the sweep loads pages. */
async function axeAtWidth(tab: Page, viewport: { width: number; height: number }) {
  await tab.setViewportSize(viewport);
  const light = await axeViolationsInScheme(tab, 'light');
  const dark = await axeViolationsInScheme(tab, 'dark');
  // The next page loads as every page did before: light, phone width.
  await tab.emulateMedia({ colorScheme: 'light' });
  await tab.setViewportSize(PHONE);
  return { light, dark };
}

const test = base.extend<object, { siteSweep: SiteSweep }>({
  siteSweep: [
    async ({ browser }, use, workerInfo) => {
      const laptop = workerInfo.project.use.viewport;
      if (!laptop) throw new Error('the Playwright project sets no viewport: the axe sweep runs at its laptop width');
      // A worker fixture gets no `context`: this one is made with the project's address.
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL ?? '', viewport: PHONE });
      const found: SiteSweep = { problems: [], tooWide: [], axeLight: [], axeDark: [], axeRan: [] };
      // networkidle: scripts that run late, and what they fetch, get to report problems too.
      found.problems = await sweepInTabs(
        context,
        paths,
        async (tab, seen, path) => {
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) found.tooWide.push(`${path}: ${overflow} px too wide`);
          if (axePaths.has(path)) {
            const { light, dark } = await axeAtWidth(tab, laptop);
            found.axeLight.push(...light.map((violation) => `${path}: ${violation}`));
            found.axeDark.push(...dark.map((violation) => `${path}: ${violation}`));
            found.axeRan.push(path);
          }
          // After axe, so that anything it set off is reported too.
          return [...seen];
        },
        { waitUntil: 'networkidle' },
      );
      await context.close();
      for (const list of Object.values(found)) list.sort();
      await use(found);
    },
    // Generous: a hang fails it, a busy machine must not (axe takes a few seconds a page there).
    { scope: 'worker', timeout: 60_000 + paths.length * 10_000 },
  ],
});

// The tests share one worker, in order, so the pages are visited once.
test.describe.configure({ mode: 'default' });

test('every page loads without a console error, exception or CSP violation', async ({ siteSweep }) => {
  expect(paths.length).toBeGreaterThan(100);
  expect(siteSweep.problems).toEqual([]);
});

test('no page of the site scrolls sideways at 360 px', async ({ siteSweep }) => {
  expect(siteSweep.tooWide).toEqual([]);
});

test('every page passes axe in the light scheme (share cards and results: a sample)', async ({ siteSweep }) => {
  expect(siteSweep.axeRan).toEqual([...axePaths].sort());
  expect(siteSweep.axeLight).toEqual([]);
});

test("every page passes axe's colour rules in the dark scheme (share cards and results: a sample)", async ({ siteSweep }) => {
  expect(siteSweep.axeDark).toEqual([]);
});
