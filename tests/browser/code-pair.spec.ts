/** CodePair tabs on narrow screens (keyboard, sync, persistence), side by side on wide ones, and code copy buttons. */
import type { Locator, Page } from '@playwright/test';
import { axeViolationsInScheme, expect, test } from './fixtures';

const CHAPTER = '/guide/side-by-side-code/';
const NARROW = { width: 360, height: 640 };

const pairs = (page: Page) => page.locator('code-pair');
const tab = (pair: Locator, name: string) => pair.getByRole('tab', { name, exact: true });
const panel = (pair: Locator, framework: string) => pair.locator(`.code-pair-panel[data-framework=${framework}]`);

async function expectSelected(pair: Locator, framework: 'django' | 'flask') {
  const other = framework === 'django' ? 'flask' : 'django';
  const label = { django: 'Django', flask: 'Flask' };
  await expect(tab(pair, label[framework])).toHaveAttribute('aria-selected', 'true');
  await expect(tab(pair, label[other])).toHaveAttribute('aria-selected', 'false');
  await expect(panel(pair, framework)).toBeVisible();
  await expect(panel(pair, other)).toBeHidden();
}

test.describe('narrow screens', () => {
  test.use({ viewport: NARROW });

  test('show one framework at a time as WAI-ARIA tabs, driven by the arrow keys, Home and End', async ({ page, problems }) => {
    await page.goto(CHAPTER);
    const first = pairs(page).first();
    await expect(first.getByRole('tablist')).toBeVisible();
    await expect(first.getByRole('tab')).toHaveCount(2);
    await expectSelected(first, 'django');
    await expect(panel(first, 'django')).toHaveAttribute('role', 'tabpanel');
    const djangoTab = tab(first, 'Django');
    await expect(djangoTab).toHaveAttribute('aria-controls', (await panel(first, 'django').getAttribute('id')) ?? 'missing');
    await expect(tab(first, 'Flask')).toHaveAttribute('tabindex', '-1');

    await djangoTab.focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(first, 'Flask')).toBeFocused();
    await expectSelected(first, 'flask');
    await page.keyboard.press('ArrowRight'); // wraps around
    await expect(djangoTab).toBeFocused();
    await expectSelected(first, 'django');
    await page.keyboard.press('End');
    await expectSelected(first, 'flask');
    await page.keyboard.press('Home');
    await expectSelected(first, 'django');
    await page.keyboard.press('ArrowLeft');
    await expect(tab(first, 'Flask')).toBeFocused();
    await expectSelected(first, 'flask');
    expect(problems).toEqual([]);
  });

  test('share the choice across every CodePair on the page and remember it after a reload', async ({ page, problems }) => {
    await page.goto(CHAPTER);
    expect(await pairs(page).count()).toBeGreaterThanOrEqual(2);
    const [first, second] = [pairs(page).nth(0), pairs(page).nth(1)];
    await expectSelected(second, 'django');
    await tab(first, 'Flask').click();
    await expectSelected(first, 'flask');
    await expectSelected(second, 'flask');
    expect(await page.evaluate(() => localStorage.getItem('dvf:framework'))).toBe('flask');

    await page.reload();
    await expectSelected(pairs(page).nth(0), 'flask');
    await expectSelected(pairs(page).last(), 'flask');
    // Another chapter shares the choice.
    await page.goto('/guide/data-layer/');
    await expectSelected(pairs(page).first(), 'flask');
    expect(problems).toEqual([]);
  });

  test('ignore an invalid stored choice', async ({ page, problems }) => {
    await page.addInitScript(() => localStorage.setItem('dvf:framework', '<script>alert(1)</script>'));
    await page.goto(CHAPTER);
    await expectSelected(pairs(page).first(), 'django');
    expect(problems).toEqual([]);
  });

  test('keep working when storage throws', async ({ page, problems }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
    });
    await page.goto(CHAPTER);
    const first = pairs(page).first();
    await expectSelected(first, 'django');
    await tab(first, 'Flask').click();
    await expectSelected(first, 'flask');
    await expectSelected(pairs(page).nth(1), 'flask');
    expect(problems).toEqual([]);
  });

  test('show both panels with their labels without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: NARROW });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const first = pairs(page).first();
    await expect(first.getByRole('tablist')).toHaveCount(0);
    for (const framework of ['django', 'flask']) {
      await expect(panel(first, framework)).toBeVisible();
      await expect(panel(first, framework).locator('.code-pair-label')).toBeVisible();
    }
    const [djangoBox, flaskBox] = await Promise.all([panel(first, 'django').boundingBox(), panel(first, 'flask').boundingBox()]);
    expect(flaskBox!.y).toBeGreaterThanOrEqual(djangoBox!.y + djangoBox!.height);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pass axe with tabs in the ${colorScheme} scheme`, async ({ page, problems }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(CHAPTER);
      await expect(pairs(page).first().getByRole('tablist')).toBeVisible();
      expect(await axeViolationsInScheme(page, colorScheme)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test('never make the page scroll sideways', async ({ page }) => {
    await page.goto(CHAPTER);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  // A laptop's chapter column (about 704 px at 1280) holds two panels of 21rem: every pair of the
  // chapter shows both frameworks side by side, with no tabs; narrower, the pair keeps its tabs.
  test('show every pair side by side in the chapter column at laptop width, and tabs where the pair is narrower', async ({
    page,
    problems,
  }) => {
    await page.goto(CHAPTER);
    const count = await pairs(page).count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) {
      const pair = pairs(page).nth(index);
      await expect(pair.getByRole('tablist')).toBeHidden();
      await expect(pair.getByRole('tabpanel')).toHaveCount(0);
      const [djangoBox, flaskBox] = await Promise.all([panel(pair, 'django').boundingBox(), panel(pair, 'flask').boundingBox()]);
      expect(djangoBox!.y).toBe(flaskBox!.y);
      expect(flaskBox!.x).toBeGreaterThanOrEqual(djangoBox!.x + djangoBox!.width);
    }

    // Less room switches to tabs, keeping the stored choice; given the room again, side by side.
    const first = pairs(page).first();
    await first.evaluate((pair) => {
      pair.style.width = '600px';
    });
    await expect(first.getByRole('tablist')).toBeVisible();
    await expectSelected(first, 'django');
    await first.evaluate((pair) => {
      pair.style.width = '';
    });
    await expect(first.getByRole('tablist')).toBeHidden();
    expect(problems).toEqual([]);
  });
});

test.describe('code copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every code block in a chapter gets one, inside and outside CodePair', async ({ page, problems }) => {
    await page.goto('/guide/project-structure/');
    const blocks = page.locator('article pre');
    expect(await blocks.count()).toBeGreaterThan(0);
    await expect(page.locator('article .code-block > pre')).toHaveCount(await blocks.count());
    await expect(page.getByRole('button', { name: 'Copy', exact: true })).toHaveCount(await blocks.count());
    expect(problems).toEqual([]);
  });

  test('copy the code text, then say "Copied" and announce it', async ({ page, problems }) => {
    await page.goto(CHAPTER);
    const block = page.locator('.code-block').nth(1);
    const code = (await block.locator('pre code').textContent()) ?? '';
    expect(code).toContain('def home');
    const button = block.getByRole('button', { name: 'Copy', exact: true });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(block.getByRole('button')).toHaveText('Copied');
    await expect(page.locator('#live-announcer')).toHaveText('Code copied');
    await expect(block.getByRole('button')).toHaveText('Copy', { timeout: 5000 });
    expect(problems).toEqual([]);
  });
});
