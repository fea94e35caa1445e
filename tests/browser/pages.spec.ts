/** Every built page loads cleanly in Chromium and passes axe in both colour schemes. */
import { builtPages } from '../helpers/dist';
import { axeViolations, expect, test } from './fixtures';

for (const { path } of builtPages()) {
  test(`${path} loads cleanly and passes axe in light and dark`, async ({ page, problems }) => {
    const response = await page.goto(path);
    expect(response?.ok()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(problems, 'console errors, exceptions or CSP violations').toEqual([]);

    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(`axe, ${colorScheme} scheme`, async () => {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `axe violations in the ${colorScheme} scheme`).toEqual([]);
      });
    }
  });
}
