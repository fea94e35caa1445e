/**
 * Whole-site sweeps in a few tabs at once: while one tab waits (for the network to go quiet, a
 * frame to paint), another does its work, so a sweep is not a chain of waits. On two busy cores
 * this shortens the sweep itself, not the suite: the browser tier is CPU-bound there.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { builtPages, refreshTarget } from '../helpers/dist';
import { expect, stayOnRefreshingPages, watchProblems } from './fixtures';

/** Pages that send readers on at once (share cards, moved pages): a sweep looks at them themselves. */
export const refreshingPaths: ReadonlySet<string> = new Set(
  builtPages()
    .filter((page) => refreshTarget(page))
    .map(({ path }) => path),
);

export interface SweepOptions {
  /** How many tabs visit pages at once. */
  tabs?: number;
  /** What to wait for after navigating: `networkidle` lets late scripts and fetches report problems. */
  waitUntil?: 'domcontentloaded' | 'load' | 'networkidle';
}

/**
 * Visits every path of `queue` and returns "<path>: <problem>" for every problem `check` reports
 * there, sorted. `problems` holds what the tab saw on that page: console errors, exceptions, CSP
 * violations (tests/browser/fixtures.ts).
 */
export async function sweepInTabs(
  context: BrowserContext,
  queue: readonly string[],
  check: (tab: Page, problems: readonly string[], path: string) => Promise<string[]>,
  { tabs = 4, waitUntil = 'load' }: SweepOptions = {},
): Promise<string[]> {
  expect(queue.length, 'pages to sweep').toBeGreaterThan(0);
  const found: string[] = [];
  let next = 0;
  const visitInOneTab = async () => {
    const tab = await context.newPage();
    const problems = await watchProblems(tab);
    await stayOnRefreshingPages(tab, refreshingPaths);
    for (let index = next++; index < queue.length; index = next++) {
      const path = queue[index]!;
      problems.length = 0;
      const response = await tab.goto(path, { waitUntil });
      if (!response?.ok()) found.push(`${path}: HTTP ${response?.status()}`);
      found.push(...(await check(tab, problems, path)).map((problem) => `${path}: ${problem}`));
    }
    await tab.close();
  };
  await Promise.all(Array.from({ length: Math.min(tabs, queue.length) }, visitInOneTab));
  return found.sort();
}
