/**
 * Shared browser-test fixtures: every page gets a `problems` list that collects console errors,
 * uncaught exceptions and Content-Security-Policy violations, so any test can assert none occurred;
 * axe helpers report violations in both colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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

/** axe-core violations on the current page, as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** axe on the current page in the light, then the dark colour scheme, as "scheme: violation" strings. */
export async function axeViolationsInBothSchemes(page: Page): Promise<string[]> {
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    violations.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
  }
  return violations;
}

/** axe on the current page in the light, then the dark colour scheme: both must be clean. */
export async function expectAxeCleanInBothSchemes(page: Page): Promise<void> {
  expect(await axeViolationsInBothSchemes(page), 'axe violations (light and dark schemes)').toEqual([]);
}
