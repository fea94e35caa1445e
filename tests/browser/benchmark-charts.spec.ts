/**
 * The performance chapter's benchmark charts on a phone: inside 360 px with no sideways scroll,
 * every chart text at least 11 px on screen and none cut off, an axis with its scale, a legend on
 * screen that explains the whiskers, whiskers that never cross their bar, and table captions that
 * stay inside the screen, with the collapsed full tables opened too. In dark mode the whisker must not run through the bar either.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTER = '/guide/performance/';
const PHONE = { width: 360, height: 740 };

/** Every problem the charts have at this width, as readable lines. */
async function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    const charts = [...document.querySelectorAll<HTMLElement>('.bench-chart')];
    if (charts.length === 0) problems.push('no charts');
    charts.forEach((chart, i) => {
      const name = `chart ${i + 1} (${chart.querySelector('figcaption')?.textContent?.trim()})`;
      const box = chart.getBoundingClientRect();
      if (box.right > viewport + 0.5 || box.left < -0.5) problems.push(`${name}: outside the screen (${box.left}–${box.right})`);
      if (chart.scrollWidth > chart.clientWidth + 1) problems.push(`${name}: scrolls sideways`);
      for (const element of chart.querySelectorAll<HTMLElement>('figcaption, p, span')) {
        if (!element.textContent?.trim() || element.closest('.sr-only') || element.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 11) problems.push(`${name}: "${element.textContent.trim().slice(0, 30)}" is ${size}px`);
        const r = element.getBoundingClientRect();
        if (r.right > viewport + 0.5) problems.push(`${name}: "${element.textContent.trim().slice(0, 30)}" runs off the screen`);
        if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflow === 'hidden') {
          problems.push(`${name}: "${element.textContent.trim().slice(0, 30)}" is cut`);
        }
      }
      const ticks = [...chart.querySelectorAll('.bench-axis > span')].map((t) => t.textContent?.trim());
      if (ticks.length < 3 || ticks[0] !== '0') problems.push(`${name}: no axis scale (${ticks.join(' ')})`);
      const legend = chart.querySelector('.bench-legend')?.textContent ?? '';
      // A chart of lowest repetitions draws no whiskers; its legend says what the bar is instead.
      const explains = chart.querySelector('.bench-whisker') ? /line under each bar/ : /lowest repetition/;
      if (!/Django/.test(legend) || !/Flask/.test(legend) || !explains.test(legend))
        problems.push(`${name}: legend does not explain bars and whiskers`);
      for (const svg of chart.querySelectorAll('svg.bench-bar-svg')) {
        const bar = svg.querySelector('rect')!.getBoundingClientRect();
        for (const line of svg.querySelectorAll('.bench-whisker line')) {
          const l = line.getBoundingClientRect();
          if (l.top < bar.bottom - 0.5 && l.bottom > bar.top + 0.5 && l.right > bar.left && l.left < bar.right)
            problems.push(`${name}: a whisker crosses its bar`);
        }
      }
    });
    for (const caption of document.querySelectorAll<HTMLElement>('.bench-table-caption')) {
      const r = caption.getBoundingClientRect();
      if (r.right > viewport + 0.5) problems.push(`table caption "${caption.textContent?.trim().slice(0, 30)}" runs off the screen`);
    }
    return problems;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`benchmark charts on a phone, ${scheme}`, () => {
    test.use({ viewport: PHONE, colorScheme: scheme });

    test('fit the screen with readable text, an axis, a legend and whiskers beside the bars', async ({ page, problems }) => {
      await page.goto(CHAPTER);
      expect(await chartProblems(page)).toEqual([]);
      // The full tables and the set-up wait in collapsed blocks; opened, they fit the screen too.
      const collapsed = page.locator('details.bench-more:not([open])');
      expect(await collapsed.count()).toBeGreaterThan(0);
      for (const summary of await page.locator('details.bench-more > summary').all()) await summary.click();
      expect(await page.locator('details.bench-more:not([open])').count()).toBe(0);
      expect(await chartProblems(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test('a whisker is drawn in the text colour, which differs from its bar in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(CHAPTER);
  const colours = await page.evaluate(() => {
    const line = document.querySelector('.bench-whisker line');
    const rect = line?.closest('svg')?.querySelector('rect');
    return line && rect ? { stroke: getComputedStyle(line).stroke, fill: getComputedStyle(rect).fill } : undefined;
  });
  expect(colours).toBeDefined();
  expect(colours!.stroke).not.toBe(colours!.fill);
});
