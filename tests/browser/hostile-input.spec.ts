/**
 * Every URL parameter and fragment the site reads, fed hostile or malformed values: no dialog,
 * no injected element, no console error or CSP violation, and the page still works.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Values as they would appear in a URL (already percent-encoded where a browser would). Each
 * URL below uses the value once: a 10 KB value repeated would exceed what servers accept.
 */
const HOSTILE = [
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('"><img src=x onerror=alert(1)>'),
  encodeURIComponent("'><svg onload=alert(1)>"),
  encodeURIComponent('javascript:alert(1)'),
  encodeURIComponent('{{constructor.constructor("alert(1)")()}}'),
  'A'.repeat(10_000),
  encodeURIComponent('\u202Egnp.exe\u202C'), // right-to-left override
  encodeURIComponent('\u200B\u2066x\u2069'), // zero-width and isolate controls
  '%00', // encoded null
  '%E0%A4%A', // malformed percent-encoding
  encodeURIComponent('__proto__'),
  encodeURIComponent('../../../etc/passwd'),
];

/** Counts that hostile input could raise if it were ever rendered as HTML. */
async function injectionMarkers(page: Page) {
  return page.evaluate(() => ({
    images: document.querySelectorAll('img').length,
    svgs: document.querySelectorAll('svg').length,
    inlineScripts: document.querySelectorAll('script:not([src]):not([type="application/json"])').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
  }));
}

const TARGETS: { name: string; baseline: string; url: (value: string) => string; works: (page: Page) => Promise<void> }[] = [
  {
    name: 'decision answers',
    baseline: '/decide/',
    url: (v) => `/decide/?size=${v}&admin=%3Cscript%3E&size=large&x%3Cimg%3E=yes`,
    works: async (page) => {
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('input[type=radio][name="size"][value="large"]')).toBeChecked();
    },
  },
  {
    name: 'team view members',
    baseline: '/decide/team/',
    // A member whose name is the value, and one good member.
    url: (v) => `/decide/team/?m=name%3D${v}%26size%3Dlarge&m=size%3Dsmall`,
    works: async (page) => {
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('[data-team-members] li').first()).toBeVisible();
    },
  },
  {
    name: 'comparison filter',
    baseline: '/compare/',
    url: (v) => `/compare/?category=${v}&category=%3Cscript%3E`,
    works: async (page) => {
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('tr[id^="row-"]').first()).toBeVisible();
    },
  },
  {
    name: 'search query',
    baseline: '/search/',
    url: (v) => `/search/?q=${v}&q=%3Cscript%3E`,
    works: async (page) => {
      await expect(page.locator('main h1')).toBeVisible();
    },
  },
  {
    name: 'chapter fragment (and alias lookup)',
    baseline: '/guide/overview/',
    url: (v) => `/guide/overview/#${v}`,
    works: async (page) => {
      await expect(page.locator('main h1')).toHaveText('Overview');
    },
  },
  {
    name: 'comparison row fragment',
    baseline: '/compare/',
    url: (v) => `/compare/#${v}`,
    works: async (page) => {
      await expect(page.locator('tr[id^="row-"]').first()).toBeVisible();
    },
  },
];

for (const target of TARGETS) {
  test(`${target.name}: hostile values are ignored safely`, async ({ page, problems }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(target.baseline);
    await page.waitForLoadState('networkidle');
    const baseline = await injectionMarkers(page);

    for (const value of HOSTILE) {
      await page.goto(target.url(value));
      await page.waitForLoadState('networkidle');
      await target.works(page);
      expect(await injectionMarkers(page), `markup after ${target.url(value).slice(0, 80)}`).toEqual(baseline);
    }
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
}
