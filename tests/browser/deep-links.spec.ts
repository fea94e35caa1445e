/**
 * Deep links in the browser: copy controls put the right URL on the clipboard, old fragments
 * and moved pages lead to their new places, share cards send readers to their section, and a
 * targeted section is highlighted below the sticky header.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES, expect, test } from './fixtures';

/**
 * The highlight changes colours only, and the page sweep (every-page.spec.ts) runs every axe rule on
 * these pages: with a section highlighted, the colour rules are what can newly fail.
 */
const highlightContrast = (page: Page) => axeViolations(page, { rules: COLOUR_RULES });

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const absolute = (page: Page, path: string) => new URL(path, page.url()).href;

/** A separate browser context (no JavaScript, a touch screen) on the test server. */
const contextWith = (browser: Browser, baseURL: string | undefined, options: BrowserContextOptions) =>
  browser.newContext({ ...options, ...(baseURL ? { baseURL } : {}) });

/** The element the address's #fragment targets, as the browser sees it. */
const targetId = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id ?? null);

/** Clicks a copy control and returns what landed on the clipboard. */
async function copyVia(page: Page, control: Locator): Promise<string> {
  const before = page.url();
  await control.click();
  await expect(page.locator('#live-announcer')).toHaveText('Link copied');
  expect(page.url(), 'copying does not navigate').toBe(before);
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('copy controls', () => {
  test('an h2 copies its share-card URL and confirms it', async ({ page, problems }) => {
    await page.goto('/guide/overview/');
    const heading = page.locator('h2#django-in-one-paragraph');
    const control = heading.getByRole('link', { name: 'Copy link to section: Django in one paragraph' });
    expect(await copyVia(page, control)).toBe(absolute(page, '/s/overview/django-in-one-paragraph/'));
    // The "Link copied" bubble is generated text, shown only while the control is marked copied.
    const bubble = () => heading.locator('copy-link').evaluate((control) => getComputedStyle(control, '::after').content);
    await expect(heading.locator('copy-link')).toHaveAttribute('data-copied', '');
    expect(await bubble()).toContain('Link copied');
    expect(problems).toEqual([]);
  });

  test('an h3 copies its plain anchor URL', async ({ page, problems }) => {
    await page.goto('/guide/ecosystem/');
    const control = page.locator('h3#popularity').getByRole('link', { name: /^Copy link to section: Popularity/ });
    expect(await copyVia(page, control)).toBe(absolute(page, '/guide/ecosystem/#popularity'));
    expect(problems).toEqual([]);
  });

  test('an FAQ entry and a glossary term copy their anchor URLs', async ({ page, problems }) => {
    await page.goto('/guide/faq/');
    const faq = page.locator('h2#faq-background-tasks').getByRole('link', { name: /^Copy link to question: / });
    expect(await copyVia(page, faq)).toBe(absolute(page, '/guide/faq/#faq-background-tasks'));
    await page.goto('/guide/glossary/');
    const term = page
      .locator('h2[id^="term-"]')
      .first()
      .getByRole('link', { name: /^Copy link to term: / });
    const id = await page.locator('h2[id^="term-"]').first().getAttribute('id');
    expect(await copyVia(page, term)).toBe(absolute(page, `/guide/glossary/#${id}`));
    expect(problems).toEqual([]);
  });

  test('shows on hover and on keyboard focus where the device can hover', async ({ page }) => {
    await page.goto('/guide/overview/');
    expect(await page.evaluate(() => matchMedia('(hover: hover)').matches)).toBe(true);
    const control = page.locator('h2#flask-in-one-paragraph copy-link');
    await expect(control).toHaveCSS('opacity', '0');
    await page.locator('h2#flask-in-one-paragraph').hover();
    await expect(control).toHaveCSS('opacity', '1');
    await page.mouse.move(0, 0);
    await expect(control).toHaveCSS('opacity', '0');
    await control.getByRole('link').focus();
    await expect(control).toHaveCSS('opacity', '1');
  });

  test('is always visible on touch screens', async ({ browser, baseURL }) => {
    const context = await contextWith(browser, baseURL, { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/guide/overview/');
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    await expect(page.locator('h2#flask-in-one-paragraph copy-link')).toHaveCSS('opacity', '1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal overflow at 360 px').toBe(0);
    await context.close();
  });

  test('without JavaScript, the control is a link to its anchor', async ({ browser, baseURL }) => {
    const context = await contextWith(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/guide/overview/');
    await page.locator('h2#the-short-answer copy-link a').click();
    await expect(page).toHaveURL(/\/guide\/overview\/#the-short-answer$/);
    expect(await targetId(page)).toBe('the-short-answer');
    await context.close();
  });
});

test.describe('old links', () => {
  test('an aliased old fragment lands on the renamed section', async ({ page, problems }) => {
    await page.goto('/guide/ecosystem/#popularity-as-of-june-2026');
    await expect(page).toHaveURL(/\/guide\/ecosystem\/#popularity$/);
    await expect.poll(() => targetId(page)).toBe('popularity');
    await expect(page.locator('h3#popularity')).toBeInViewport();
    // The same from a link within the page (hashchange).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => {
      window.location.hash = 'popularity-as-of-june-2026';
    });
    await expect(page).toHaveURL(/#popularity$/);
    await expect(page.locator('h3#popularity')).toBeInViewport();
    expect(problems).toEqual([]);
  });

  test('unknown and hostile fragments are left alone, without errors', async ({ page, problems }) => {
    for (const fragment of ['no-such-section', '%E0%A4%A', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'popularity%22%3E']) {
      await page.goto(`/guide/ecosystem/#${fragment}`);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).hash).toBe(`#${fragment}`);
    }
    expect(problems).toEqual([]);
  });

  test('a moved page redirects, keeping the fragment', async ({ page, problems }) => {
    await page.goto('/faq/');
    await expect(page).toHaveURL(/\/guide\/faq\/$/);
    await page.goto('/faq/#faq-background-tasks');
    await expect(page).toHaveURL(/\/guide\/faq\/#faq-background-tasks$/);
    await expect.poll(() => targetId(page)).toBe('faq-background-tasks');
    expect(problems).toEqual([]);
  });

  test('a renamed chapter keeps its sections: old chapter address and old anchor both land', async ({ page, problems }) => {
    await page.goto('/guide/beyond-the-articles/#htmx');
    await expect(page).toHaveURL(/\/guide\/alternatives-and-migration\/#htmx$/);
    await expect.poll(() => targetId(page)).toBe('htmx');
    await page.goto('/guide/when-to-choose/#where-the-articles-disagree');
    await expect(page).toHaveURL(/\/guide\/when-to-choose\/#common-dilemmas$/);
    await expect(page.locator('h2#common-dilemmas')).toBeInViewport();
    expect(problems).toEqual([]);
  });

  test('a moved page redirects without JavaScript too (meta refresh)', async ({ browser, baseURL }) => {
    const context = await contextWith(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/glossary/');
    await expect(page).toHaveURL(/\/guide\/glossary\/$/);
    await context.close();
  });
});

test.describe('share cards', () => {
  test('send the reader on to the section', async ({ page, problems }) => {
    await page.goto('/s/overview/flask-in-one-paragraph/');
    await expect(page).toHaveURL(/\/guide\/overview\/#flask-in-one-paragraph$/);
    await expect.poll(() => targetId(page)).toBe('flask-in-one-paragraph');
    await page.goto('/s/web-layer/');
    await expect(page).toHaveURL(/\/guide\/web-layer\/$/);
    expect(problems).toEqual([]);
  });
});

test.describe('the targeted section', () => {
  /** The page's highlight colour, resolved the way the browser paints it. */
  const highlightColour = (page: Page) =>
    page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'var(--highlight)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });

  async function expectHighlightedBelowHeader(page: Page, target: Locator, highlighted: Locator = target) {
    await expect(target).toBeInViewport();
    const header = await page.locator('body > header').boundingBox();
    const box = await target.boundingBox();
    expect(box!.y, 'the target starts below the sticky header').toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(box!.y, 'and near the top of the view').toBeLessThan(header!.y + header!.height + 80);
    const expected = await highlightColour(page);
    expect(expected).not.toBe('rgba(0, 0, 0, 0)');
    await expect(highlighted).toHaveCSS('background-color', expected);
  }

  test('a chapter section is highlighted below the header, in light and dark', async ({ page, problems }) => {
    test.slow(); // axe, twice
    await page.goto('/guide/data-layer/#migrations');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectHighlightedBelowHeader(page, page.locator('h2#migrations'));
      expect(await highlightContrast(page), `axe's colour rules, ${colorScheme}`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  test('a section reached from the table of contents or another page is highlighted below the header', async ({ page, problems }) => {
    // Same page, from "On this page".
    await page.goto('/guide/ecosystem/');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The common set' }).click();
    await expect(page).toHaveURL(/#the-common-set$/);
    await expectHighlightedBelowHeader(page, page.locator('h3#the-common-set'));
    // Another page, as from a search result or the FAQ's "Read more" links.
    await page.goto('/guide/faq/');
    const link = page
      .locator('section', { has: page.locator('h2#faq-background-tasks') })
      .getByRole('link', { name: 'Read more in the guide' });
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
    await expectHighlightedBelowHeader(page, page.locator(`[id="${href.split('#')[1]}"]`));
    expect(problems).toEqual([]);
  });

  for (const [path, prefix] of [
    ['/guide/faq/', 'faq-'],
    ['/guide/glossary/', 'term-'],
  ] as const) {
    test(`${path}: a linked entry is highlighted as a whole, in light and dark`, async ({ page, problems }) => {
      test.slow(); // axe over a long page, twice
      await page.goto(path);
      // An entry from the middle of the page, so the page can scroll it to the top.
      const ids = await page.locator(`h2[id^="${prefix}"]`).evaluateAll((headings) => headings.map((h) => h.id));
      const id = ids[Math.floor(ids.length / 2)] ?? '';
      await page.goto(`${path}#${id}`);
      const heading = page.locator(`h2#${id}`);
      const entry = page.locator('section.anchored-entry', { has: heading });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectHighlightedBelowHeader(page, heading, entry);
        expect(await highlightContrast(page), `axe's colour rules, ${colorScheme}`).toEqual([]);
      }
      expect(problems).toEqual([]);
    });
  }
});
