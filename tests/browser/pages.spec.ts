/**
 * axe over every built page in Chromium (share cards and decision results: a sample), one test
 * per colour scheme, each listing every violation with its page. (What every page reports while
 * it loads is checked in tests/browser/every-page.spec.ts.)
 * A new chapter adds pages to the sweeps, not tests.
 */
import { builtPages } from '../helpers/dist';
import { isResultPagePath } from '../../src/lib/decision-url';
import { axeViolations, COLOUR_RULES, expect, test } from './fixtures';
import { sweepInTabs } from './sweep-tabs';

const paths = builtPages().map(({ path }) => path);

/**
 * Share cards (/s/...) are one small template repeated for every section: axe runs on a few of
 * them, which stand for the rest. Every page, share cards included, must load cleanly (every-page.spec.ts).
 */
const SHARE_CARD_AXE_SAMPLE = 3;
const shareCards = paths.filter((path) => path.startsWith('/s/'));
/** Decision result pages are /decide/ with another head: axe on one of them stands for the rest. */
const RESULT_PAGE_FOR_AXE = '/decide/django/high/';
const axePaths = [
  ...paths.filter((path) => !path.startsWith('/s/') && (!isResultPagePath(path) || path === RESULT_PAGE_FOR_AXE)),
  ...shareCards.filter((_, index) => index % Math.ceil(shareCards.length / SHARE_CARD_AXE_SAMPLE) === 0),
];

// One test per scheme, so that the two sweeps (axe is most of the suite's CPU time) can run on
// two workers at once. The dark scheme changes colours only, so there the colour rules run.
for (const colorScheme of ['light', 'dark'] as const) {
  const rules = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
  const what = colorScheme === 'dark' ? "axe's colour rules" : 'axe';
  test(`every page passes ${what} in the ${colorScheme} scheme (share cards: a sample)`, async ({ context }) => {
    // Generous: a hang fails it, a busy machine must not.
    test.setTimeout(60_000 + axePaths.length * 30_000);
    // Two tabs: one runs axe while the other loads its next page.
    const violations = await sweepInTabs(
      context,
      axePaths,
      async (tab, problems) => {
        await tab.emulateMedia({ colorScheme });
        return [...(await axeViolations(tab, rules)), ...problems];
      },
      { tabs: 2, waitUntil: 'networkidle' },
    );
    expect(violations).toEqual([]);
  });
}
