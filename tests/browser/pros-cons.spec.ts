/** Pro/con lists: every item has a visible copy-link control; two columns on wide screens, one on narrow. */
import { expect, test } from './fixtures';

const PAGE = '/guide/pros-and-cons/';

test.describe('pro and con items', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each have a visible control that copies their URL', async ({ page, baseURL, problems }) => {
    await page.goto(PAGE);
    const items = page.locator('li.pros-cons-item');
    expect(await items.count()).toBeGreaterThan(10);
    const mismatched = await items.evaluateAll((lis) =>
      lis.filter((li) => li.querySelector('copy-link a')?.getAttribute('href') !== `#${li.id}`).map((li) => li.id),
    );
    expect(mismatched).toEqual([]);

    const first = items.first();
    const id = await first.getAttribute('id');
    const link = first.locator('copy-link a');
    await expect(link).toBeVisible();
    await link.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}#${id}`);
    expect(problems).toEqual([]);
  });
});

for (const { width, sideBySide } of [
  { width: 1280, sideBySide: true },
  { width: 360, sideBySide: false },
]) {
  test(`Django and Flask lists are ${sideBySide ? 'side by side' : 'stacked'} at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PAGE);
    const django = await page.locator('section[aria-labelledby="django-pros-and-cons"]').boundingBox();
    const flask = await page.locator('section[aria-labelledby="flask-pros-and-cons"]').boundingBox();
    if (sideBySide) {
      expect(flask!.y).toBe(django!.y);
      expect(flask!.x).toBeGreaterThanOrEqual(django!.x + django!.width);
    } else {
      expect(flask!.x).toBe(django!.x);
      expect(flask!.y).toBeGreaterThanOrEqual(django!.y + django!.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
