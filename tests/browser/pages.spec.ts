/**
 * Sweeps over every built page in Chromium, one test per invariant, each listing every failing
 * page: no console error, exception or CSP violation on load; axe-clean in the light and in the
 * dark colour scheme.
 * A new chapter adds pages to the sweeps, not tests.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { builtPages, refreshTarget } from '../helpers/dist';
import { isResultPagePath } from '../../src/lib/decision-url';
import { axeViolations, COLOUR_RULES, expect, test, watchProblems } from './fixtures';

const pages = builtPages();
const paths = pages.map(({ path }) => path);
/** Pages that send readers on at once: share cards and moved pages (meta refresh, and a script). */
const redirecting = new Set(pages.filter((page) => refreshTarget(page)).map(({ path }) => path));

/**
 * Share cards (/s/...) are one small template repeated for every section: axe runs on a few of
 * them, which stand for the rest. Every page, share cards included, must load cleanly.
 */
const SHARE_CARD_AXE_SAMPLE = 3;
const shareCards = paths.filter((path) => path.startsWith('/s/'));
/** Decision result pages are /decide/ with another head: axe on one of them stands for the rest. */
const RESULT_PAGE_FOR_AXE = '/decide/django/high/';
const axePaths = [
  ...paths.filter((path) => !path.startsWith('/s/') && (!isResultPagePath(path) || path === RESULT_PAGE_FOR_AXE)),
  ...shareCards.filter((_, index) => index % Math.ceil(shareCards.length / SHARE_CARD_AXE_SAMPLE) === 0),
];

/**
 * A tab that shows a redirecting page itself: served without its meta refresh and with
 * <moved-page> inert (tests/browser/deep-links.spec.ts checks where such pages lead).
 */
async function openTab(context: BrowserContext): Promise<{ tab: Page; problems: string[] }> {
  const tab = await context.newPage();
  const problems = await watchProblems(tab);
  await tab.route(
    (url) => redirecting.has(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response, body });
    },
  );
  await tab.addInitScript(() => customElements.define('moved-page', class extends HTMLElement {}));
  return { tab, problems };
}

/**
 * Visits every path in a few tabs at once (most of a page load is waiting for the network to
 * go quiet) and returns "<path>: <problem>" for every problem `check` reports.
 */
async function sweepInTabs(
  context: BrowserContext,
  queue: readonly string[],
  tabs: number,
  check: (tab: Page, problems: string[]) => Promise<string[]>,
): Promise<string[]> {
  expect(queue.length, 'pages to sweep').toBeGreaterThan(0);
  const found: string[] = [];
  let next = 0;
  const worker = async () => {
    const { tab, problems } = await openTab(context);
    for (let index = next++; index < queue.length; index = next++) {
      const path = queue[index]!;
      problems.length = 0;
      const response = await tab.goto(path);
      if (!response?.ok()) found.push(`${path}: HTTP ${response?.status()}`);
      await tab.waitForLoadState('networkidle');
      found.push(...(await check(tab, problems)).map((problem) => `${path}: ${problem}`));
    }
    await tab.close();
  };
  await Promise.all(Array.from({ length: Math.min(tabs, queue.length) }, worker));
  return found.sort();
}

test('every page loads without a console error, exception or CSP violation', async ({ context }) => {
  test.setTimeout(60_000 + paths.length * 5_000);
  expect(await sweepInTabs(context, paths, 4, async (_tab, problems) => [...problems])).toEqual([]);
});

// One test per scheme, so that the two sweeps (axe is most of the suite's CPU time) can run on
// two workers at once. The dark scheme changes colours only, so there the colour rules run.
for (const colorScheme of ['light', 'dark'] as const) {
  const rules = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
  const what = colorScheme === 'dark' ? "axe's colour rules" : 'axe';
  test(`every page passes ${what} in the ${colorScheme} scheme (share cards: a sample)`, async ({ context }) => {
    // Generous: a hang fails it, a busy machine must not.
    test.setTimeout(60_000 + axePaths.length * 30_000);
    const violations = await sweepInTabs(context, axePaths, 1, async (tab, problems) => {
      await tab.emulateMedia({ colorScheme });
      return [...(await axeViolations(tab, rules)), ...problems];
    });
    expect(violations).toEqual([]);
  });
}
