/** Reading experience: layout at three widths, navigation, theme, table of contents, keyboard, print. */
import { axeViolations, COLOUR_RULES, expect, test } from './fixtures';

const CHAPTER = '/guide/data-layer/';
const WIDTHS = [360, 768, 1280] as const;
// Layout and navigation at each width. The dark scheme changes colours only: axe's colour rules
// check it on every page (every-page.spec.ts), so it needs no run of its own here.
for (const width of WIDTHS) {
  test(`at ${width}px pages fit the screen and navigation works`, async ({ page, problems }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', CHAPTER, '/sources/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await page.goto(CHAPTER);

    // The main navigation: inline links on wide screens, behind "Menu" on narrow ones.
    const menu = page.locator('.site-menu > summary');
    if (width < 640) {
      await expect(menu).toBeVisible();
      await menu.click();
    } else {
      await expect(menu).toBeHidden();
    }
    const guideLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide', exact: true });
    await expect(guideLink).toBeVisible();
    // On phones the menu (which lists the chapters too) drops down over the page: close it first.
    if (width < 640) await menu.click();

    // The chapter list: collapsed behind "Chapters" below 1024px, always shown above.
    // By CSS, not role: a closed <details> keeps its content out of the accessibility tree.
    const chapters = page.locator('.sidebar nav');
    if (width < 1024) {
      // Playwright counts content-visibility:hidden (a closed <details>) as visible; ask the browser.
      expect(await chapters.evaluate((nav) => nav.checkVisibility())).toBe(false);
      await page.locator('.sidebar > summary').click();
    }
    await expect(chapters).toBeVisible();
    await expect(chapters.locator('[aria-current="page"]')).toHaveText('Database, ORM and admin');
    await chapters.getByRole('link', { name: 'Overview' }).click();
    await expect(page).toHaveURL(/\/guide\/overview\/$/);
    expect(problems).toEqual([]);
  });
}

test('the theme choice persists and is applied before first paint', async ({ page, problems }) => {
  // Two axe runs over /sources/: slow on a shared machine.
  test.setTimeout(90_000);
  await page.goto(CHAPTER);
  // The button steps through System, Light and Dark; its name says the current choice.
  const button = page.locator('theme-toggle button');
  await expect(button).toHaveAccessibleName('Theme: System');
  await button.click();
  await expect(button).toHaveAccessibleName('Theme: Light');
  await button.click();
  await expect(button).toHaveAccessibleName('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the theme at the moment <body> is inserted, i.e. before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/sources/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  await expect(button).toHaveAccessibleName('Theme: Dark');
  // The chosen theme changes colours only: the colour rules.
  expect(await axeViolations(page, { rules: COLOUR_RULES }), 'axe with the dark theme chosen').toEqual([]);

  // Dark, then System, then Light: light chosen on a dark OS.
  await button.click();
  await button.click();
  await expect(button).toHaveAccessibleName('Theme: Light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await axeViolations(page, { rules: COLOUR_RULES }), 'axe with light chosen on a dark OS').toEqual([]);

  await button.click();
  await button.click();
  await expect(button).toHaveAccessibleName('Theme: System');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(problems).toEqual([]);
});

test('"On this page" marks the section in view', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(CHAPTER);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  await expect(toc.locator('[aria-current="true"]')).toHaveText('Database and ORM');
  // Bring "The admin" just below the sticky header, where a reader's eye starts.
  await page.evaluate(() => {
    const heading = document.getElementById('the-admin');
    if (heading) window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 40);
  });
  await expect(toc.locator('[aria-current="true"]')).toHaveText('The admin');
  await toc.getByRole('link', { name: 'Migrations' }).click();
  await expect(toc.locator('[aria-current="true"]')).toHaveText('Migrations');
});

// The longest "On this page" (the myths chapter) is taller than a laptop screen: it scrolls in its
// sticky box, and the marked entry stays in view as the reader goes down the chapter.
test('"On this page" keeps the current entry in view on a long chapter, without moving the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/myths/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const panel = page.locator('.toc .chapter-panel');
  const box = await panel.boundingBox();
  expect(box!.y + box!.height, 'the list ends within the window').toBeLessThanOrEqual(800);
  const headingIds = await toc.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
  expect(headingIds.length).toBeGreaterThan(15);
  for (const id of [headingIds.at(-3)!, headingIds[Math.floor(headingIds.length / 2)]!]) {
    const target = await page.evaluate((id) => {
      const heading = document.getElementById(id)!;
      const y = Math.round(heading.getBoundingClientRect().top + window.scrollY - 80);
      window.scrollTo(0, y);
      return window.scrollY;
    }, id);
    const current = toc.locator('[aria-current="true"]');
    await expect(current).toHaveAttribute('href', `#${id}`);
    await expect(current).toBeInViewport({ ratio: 1 });
    const [entry, list] = await Promise.all([current.boundingBox(), panel.boundingBox()]);
    expect(entry!.y).toBeGreaterThanOrEqual(list!.y - 1);
    expect(entry!.y + entry!.height).toBeLessThanOrEqual(list!.y + list!.height + 1);
    expect(await page.evaluate(() => window.scrollY), 'the page stays where the reader put it').toBe(target);
  }
});

test('keyboard: the skip link comes first and focus is visible', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

// On a phone the header's controls sit in one row at the right; Tab must meet them in the order
// the eye does, left to right (CSS order once moved the Menu last on screen but first in Tab order).
test('on a phone the header controls take focus in the order they show, left to right', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(CHAPTER);
  await page.keyboard.press('Tab'); // the skip link
  const lefts: { name: string; left: number }[] = [];
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest('header')) return null;
      return { name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(), left: element.getBoundingClientRect().left };
    });
    if (!focused) break;
    lefts.push(focused);
  }
  expect(lefts.length, lefts.map(({ name }) => name).join(', ')).toBeGreaterThanOrEqual(4);
  const sorted = [...lefts].sort((a, b) => a.left - b.left);
  expect(lefts.map(({ name }) => name)).toEqual(sorted.map(({ name }) => name));
});

test('print hides navigation and shows link targets', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next chapters' })).toBeHidden();
  const after = await page.evaluate(() => {
    const link = document.querySelector('article a[href^="/"]:not(.cite a)');
    return link ? getComputedStyle(link, '::after').content : '';
  });
  expect(after).toContain('/');
});
