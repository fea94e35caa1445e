/** The comparison page: full table, category filter in the URL, row links, fragment highlight, mobile layout. */
import type { Page } from '@playwright/test';
import { axeViolationsInBothSchemes, expect, test } from './fixtures';

const ROW = 'tbody tr[id^="row-"]';
const visibleRows = (page: Page) => page.locator(`${ROW}:visible`);

async function visibleCategories(page: Page): Promise<string[]> {
  return page.locator('tbody[data-category]:visible').evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset.category ?? ''));
}

test.describe('the full table', () => {
  test('shows every row with its edge in words, citations, guide link and copy link', async ({ page, problems }) => {
    await page.goto('/compare/');
    await expect(page.locator('table caption')).toContainText('All');
    const total = await page.locator(ROW).count();
    expect(total).toBeGreaterThanOrEqual(50);
    await expect(visibleRows(page)).toHaveCount(total);
    await expect(page.getByRole('button', { name: `All (${total})` })).toHaveAttribute('aria-pressed', 'true');

    const rows = await page.locator(ROW).evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.id,
        header: tr.querySelector('th[scope=row]')?.textContent?.trim() ?? '',
        edge: tr.querySelector('.edge')?.textContent?.trim() ?? '',
        cites: tr.querySelectorAll('.cite .cite-marker[popovertarget]').length,
        guide: tr.querySelector('a[href^="/guide/"]')?.getAttribute('href') ?? '',
        copy: tr.querySelector('copy-link a')?.getAttribute('href') ?? '',
      })),
    );
    for (const row of rows) {
      expect(row.header, row.id).not.toBe('');
      expect(['Django', 'Flask', 'Tie', 'Depends'], row.id).toContain(row.edge);
      expect(row.cites, row.id).toBeGreaterThan(0);
      expect(row.guide, row.id).toMatch(/^\/guide\/[a-z0-9-]+\//);
      expect(row.copy).toBe(`/compare/#${row.id}`);
    }
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(problems).toEqual([]);
  });
});

test.describe('category filter', () => {
  test('narrows the table, writes the URL, and Back restores the previous filter', async ({ page, problems }) => {
    await page.goto('/compare/');
    const total = await page.locator(ROW).count();

    await page.getByRole('button', { name: /^Data and admin \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/compare\/\?category=data$/);
    expect(await visibleCategories(page)).toEqual(['data']);
    const dataRows = await visibleRows(page).count();
    expect(dataRows).toBeGreaterThan(0);
    expect(dataRows).toBeLessThan(total);
    await expect(page.getByRole('button', { name: /^Data and admin/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('#live-announcer')).toHaveText(`Showing ${dataRows} of ${total} rows: Data and admin`);

    await page.getByRole('button', { name: /^Security \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\?category=security$/);
    expect(await visibleCategories(page)).toEqual(['security']);

    await page.goBack();
    await expect(page).toHaveURL(/\?category=data$/);
    expect(await visibleCategories(page)).toEqual(['data']);
    await expect(page.getByRole('button', { name: /^Data and admin/ })).toHaveAttribute('aria-pressed', 'true');

    await page.goBack();
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(visibleRows(page)).toHaveCount(total);
    await expect(page.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');

    await page.goForward();
    await expect(page).toHaveURL(/\?category=data$/);
    expect(await visibleCategories(page)).toEqual(['data']);
    expect(problems).toEqual([]);
  });

  test('applies a category from the URL on load', async ({ page, problems }) => {
    await page.goto('/compare/?category=performance');
    expect(await visibleCategories(page)).toEqual(['performance']);
    await expect(page.getByRole('button', { name: /^Performance/ })).toHaveAttribute('aria-pressed', 'true');
    // The first of repeated parameters counts.
    await page.goto('/compare/?category=security&category=data');
    expect(await visibleCategories(page)).toEqual(['security']);
    expect(problems).toEqual([]);
  });

  const hostile = [
    'nonsense',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
    '__proto__',
    'x'.repeat(10_000),
  ];
  for (const value of hostile) {
    test(`ignores the unknown category ${JSON.stringify(value.slice(0, 30))}`, async ({ page, problems }) => {
      await page.goto(`/compare/?category=${encodeURIComponent(value)}`);
      const total = await page.locator(ROW).count();
      await expect(visibleRows(page)).toHaveCount(total);
      await expect(page.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('img[src=x]')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the whole table after an index of category links', async ({ page }) => {
      await page.goto('/compare/?category=data');
      const total = await page.locator(ROW).count();
      await expect(visibleRows(page)).toHaveCount(total);
      await expect(page.getByRole('button', { name: /^All/ })).toHaveCount(0);

      const index = page.getByRole('navigation', { name: 'Categories' });
      await expect(index).toBeVisible();
      const targets = await index.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(targets.length).toBeGreaterThanOrEqual(10);
      for (const href of targets) {
        expect(href).toMatch(/^#category-[a-z]+$/);
        await expect(page.locator(`tbody${href}`)).toBeVisible();
      }
      await index.getByRole('link', { name: 'Security' }).click();
      await expect(page).toHaveURL(/#category-security$/);
    });
  });
});

test.describe('row links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the canonical row URL, also from a filtered view', async ({ page, baseURL, problems }) => {
    await page.goto('/compare/?category=data');
    await page.getByRole('link', { name: 'Copy link to row: ORM' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/compare/#row-orm`);
    await expect(page.locator('#live-announcer')).toHaveText('Link copied');
    await expect(page).toHaveURL(/\?category=data$/);
    expect(problems).toEqual([]);
  });

  test('in a chapter, point at the comparison page without reusing its ids', async ({ page, baseURL, problems }) => {
    await page.goto('/guide/data-layer/');
    const table = page.locator('.comparison table');
    await expect(table).toHaveCount(1);
    await expect(page.locator('[id^="row-"], [id^="category-"]')).toHaveCount(0);
    await expect(table.locator('tbody tr')).toHaveCount(await table.locator('th[scope=row]').count());
    await expect(page.getByRole('link', { name: /rows on the comparison page/ })).toHaveAttribute('href', '/compare/?category=data');
    // Brief: the note and its sources stay on /compare/, where each dimension links.
    await expect(table.locator('th[scope=col]')).toHaveText(['Dimension', 'Django', 'Flask', 'Edge']);
    await expect(table.getByRole('link', { name: 'More in the guide' })).toHaveCount(0);
    await table.getByRole('link', { name: 'Schema migrations', exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}/compare/#row-migrations`);
    await expect(page.locator('#row-migrations')).toBeInViewport();
    expect(problems).toEqual([]);
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 360, height: 640 },
]) {
  test(`a linked row is highlighted and lands below the sticky headers at ${viewport.width} px`, async ({ page, problems }) => {
    await page.setViewportSize(viewport);
    await page.goto('/compare/#row-security-updates');
    const row = page.locator('#row-security-updates');
    await expect(row).toBeInViewport();
    const geometry = await row.evaluate((tr) => {
      const probe = document.createElement('div');
      probe.style.background = 'var(--highlight)';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const other = document.querySelector('#row-orm th');
      return {
        highlight,
        cells: [...tr.children].map((cell) => getComputedStyle(cell).backgroundColor),
        otherCell: other ? getComputedStyle(other).backgroundColor : '',
        rowTop: tr.getBoundingClientRect().top,
        headerBottom: document.querySelector('body > header')?.getBoundingClientRect().bottom ?? 0,
        theadBottom: document.querySelector('.comparison thead th')?.getBoundingClientRect().bottom ?? 0,
      };
    });
    expect(geometry.cells.every((colour) => colour === geometry.highlight)).toBe(true);
    expect(geometry.otherCell).not.toBe(geometry.highlight);
    expect(geometry.headerBottom).toBeGreaterThan(0);
    expect(geometry.rowTop).toBeGreaterThanOrEqual(geometry.headerBottom);
    expect(geometry.rowTop).toBeGreaterThanOrEqual(geometry.theadBottom - 1);
    expect(problems).toEqual([]);
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  // Rows as cards: tests/browser/layout.spec.ts checks that every row is whole on screen.
  test('each row is a card whose cells name their column', async ({ page, problems }) => {
    await page.goto('/compare/');
    const row = page.locator('#row-orm');
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
    const labels = await row.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"Django" / ""', '"Flask" / ""', '"Edge" / ""', '"Notes and sources" / ""']);
    await expect(page.getByRole('columnheader', { name: 'Django' })).toHaveCount(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  });

  test('/compare/ passes axe in light and dark, with and without a row highlighted', async ({ page, problems }) => {
    const found: string[] = [];
    for (const path of ['/compare/', '/compare/#row-orm']) {
      await page.goto(path);
      found.push(...(await axeViolationsInBothSchemes(page)).map((violation) => `${path}: ${violation}`));
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
});
