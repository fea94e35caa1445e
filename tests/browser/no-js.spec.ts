/** With JavaScript disabled, every page is still readable and navigable. */
import { builtPages } from '../helpers/dist';
import { expect, test } from './fixtures';
import { sweepInTabs } from './sweep-tabs';

test.use({ javaScriptEnabled: false });

const paths = builtPages()
  .map((page) => page.path)
  .filter((path) => !path.startsWith('/s/'));

test('every page shows its main content and navigation without JavaScript', async ({ context }) => {
  test.setTimeout(30_000 + paths.length * 1_000);
  const failing = await sweepInTabs(context, paths, async (tab) => {
    const found: string[] = [];
    const text = (await tab.locator('main').innerText()).trim();
    if (text.length <= 80) found.push(`main content is ${text.length} characters`);
    if (!(await tab.locator('main h1').isVisible())) found.push('no visible h1');
    if ((await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide', exact: true }).count()) === 0) {
      found.push('no Guide link in the main navigation');
    }
    return found;
  });
  expect(failing).toEqual([]);
});

test('on a phone, the menu and the chapter list open without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/guide/overview/');
  await page.locator('.site-menu > summary').click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })).toBeVisible();
  // The menu (which lists the chapters too) drops down over the page: close it first.
  await page.locator('.site-menu > summary').click();
  await page.locator('.sidebar > summary').click();
  await page.locator('.sidebar nav').getByRole('link', { name: 'Performance' }).click();
  await expect(page).toHaveURL(/\/guide\/performance\/$/);
  await expect(page.locator('main h1')).toHaveText('Performance');
});

test('controls that need JavaScript stay hidden without it', async ({ page }) => {
  await page.goto('/guide/side-by-side-code/');
  await expect(page.locator('theme-toggle')).toBeHidden();
  // Rendered in the HTML for scripts to use: the code copy buttons, the tabs, the search button.
  expect(await page.locator('.code-copy').count()).toBeGreaterThan(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  // A citation marker is a link to its source in the chapter's list (a script makes it a popover's button).
  await expect(page.locator('.cite-pop')).toHaveCount(0);
  const marker = page.locator('.cite a').first();
  const number = await marker.textContent();
  await marker.click();
  const entry = page.locator('.source-list li:target');
  await expect(entry).toBeInViewport();
  // The list numbers itself: the entry's place is the marker's number.
  expect(await entry.evaluate((li) => String([...li.parentElement!.children].indexOf(li) + 1))).toBe(number);
  await expect(page.getByRole('tab')).toHaveCount(0);
  // The search control is the link to the search page.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
});
