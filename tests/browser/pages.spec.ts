/** Every built page loads in Chromium without a console error or CSP violation, and passes axe in both colour schemes. */
import { builtPages, refreshTarget } from '../helpers/dist';
import { isResultPagePath } from '../../src/lib/decision-url';
import { expect, expectAxeCleanInBothSchemes, stayOnRefreshingPages, test } from './fixtures';

/**
 * Share cards (/s/...) are one small template repeated for every section: axe runs on a few of
 * them, which stand for the rest. Every page, share cards included, must load cleanly.
 */
const SHARE_CARD_AXE_SAMPLE = 3;
const shareCards = builtPages().filter(({ path }) => path.startsWith('/s/'));
const shareCardsForAxe = new Set(
  shareCards.filter((_, index) => index % Math.ceil(shareCards.length / SHARE_CARD_AXE_SAMPLE) === 0).map(({ path }) => path),
);
/** Decision result pages are /decide/ with another head: axe on one of them stands for the rest. */
const RESULT_PAGE_FOR_AXE = '/decide/django/high/';
const runsAxe = (path: string): boolean =>
  isResultPagePath(path) ? path === RESULT_PAGE_FOR_AXE : !path.startsWith('/s/') || shareCardsForAxe.has(path);

for (const builtPage of builtPages()) {
  const { path } = builtPage;
  const axe = runsAxe(path);
  test(`${path} loads cleanly${axe ? ' and passes axe in light and dark' : ''}`, async ({ page, problems }) => {
    // Share cards and moved pages send readers on at once: check the page itself.
    if (refreshTarget(builtPage)) await stayOnRefreshingPages(page, new Set([path]));
    const response = await page.goto(path);
    expect(response?.ok()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(problems, 'console errors, exceptions or CSP violations').toEqual([]);

    if (axe) await expectAxeCleanInBothSchemes(page);
  });
}
