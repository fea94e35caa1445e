/**
 * Shared browser-test fixtures: every page gets a `problems` list that collects console errors,
 * uncaught exceptions and Content-Security-Policy violations, so any test can assert none occurred.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
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
    await use(problems);
  },
});

export { expect };

/** axe-core violations on the current page, as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** axe on the current page in the light, then the dark colour scheme: both must be clean. */
export async function expectAxeCleanInBothSchemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`axe, ${colorScheme} scheme`, async () => {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe violations in the ${colorScheme} scheme`).toEqual([]);
    });
  }
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
