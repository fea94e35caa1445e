/**
 * Shared browser-test fixtures: every page gets a `problems` list that collects console errors,
 * uncaught exceptions and Content-Security-Policy violations, so any test can assert none occurred;
 * axe helpers report violations in both colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose outcome depends on colours. The dark scheme changes colours only (the
 * same DOM, ARIA and layout), so in it these are what can newly fail; the other rules would
 * repeat the light scheme's run at twice the cost.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Starts collecting a page's console errors, uncaught exceptions and Content-Security-Policy
 * violations; returns the list it fills. (The `problems` fixture does this for `page`; call it
 * for pages a test opens itself.)
 */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}

export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    await use(await watchProblems(page));
  },
});

export { expect };

/** axe-core violations on the current page, as readable strings: every AXE_TAGS rule, or only `rules`. */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge the
  // results of cross-origin frames, which this site has none of (about a second a run). Only
  // violations are reported, so axe need not describe every passing node (half a full run's time).
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * axe on the current page in one colour scheme, which it switches to first: every rule in the
 * light scheme, the colour rules in the dark one (COLOUR_RULES says why).
 */
export async function axeViolationsInScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  return axeViolations(page, colorScheme === 'dark' ? { rules: COLOUR_RULES } : {});
}

/** axe on the current page in the light colour scheme, then in the dark one, as "scheme: violation" strings. */
export async function axeViolationsInBothSchemes(page: Page): Promise<string[]> {
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    violations.push(...(await axeViolationsInScheme(page, colorScheme)).map((violation) => `${colorScheme}: ${violation}`));
  }
  return violations;
}

/** axe on the current page in the light, then the dark colour scheme: both must be clean. */
export async function expectAxeCleanInBothSchemes(page: Page): Promise<void> {
  expect(await axeViolationsInBothSchemes(page), 'axe violations (light and dark schemes)').toEqual([]);
}

/**
 * Lets a test look at pages that send readers on at once (share cards and moved pages: a meta
 * refresh, a moved page's script too): serves those paths without the refresh and keeps
 * <moved-page> inert; tests/browser/deep-links.spec.ts checks where they lead.
 */
export async function stayOnRefreshingPages(page: Page, paths: ReadonlySet<string>): Promise<void> {
  await page.route(
    (url) => paths.has(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response, body });
    },
  );
  await page.addInitScript(() => customElements.define('moved-page', class extends HTMLElement {}));
}
