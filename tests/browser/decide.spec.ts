/** The decision tool on /decide/: live result, URL state, sharing, reset, keyboard, hostile URLs, no-JS fallback. */
import type { Page } from '@playwright/test';
import { decisionQuestionCount } from '../helpers/content';
import { expect, expectAxeCleanInBothSchemes, test } from './fixtures';

const QUESTIONS = decisionQuestionCount();

/** A large team building an e-commerce site with an admin. */
const ECOMMERCE = { size: 'large', admin: 'yes', 'app-type': 'website', team: 'large' };
const ECOMMERCE_QUERY = '?size=large&admin=yes&app-type=website&team=large';

const radio = (page: Page, question: string, option: string) => page.locator(`input[name="${question}"][value="${option}"]`);
const verdict = (page: Page) => page.locator('[data-decision-verdict]');
const checkedAnswers = (page: Page) =>
  page.locator('input[type="radio"]:checked').evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`));

async function answer(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [question, option] of Object.entries(answers)) await radio(page, question, option).check();
}

async function barWidth(page: Page, framework: string): Promise<number> {
  return page.locator(`[data-decision-bar="${framework}"]`).evaluate((bar) => bar.getBoundingClientRect().width);
}

test('the result and verdict update as the reader answers', async ({ page, problems }) => {
  await page.goto('/decide/');
  const result = page.locator('[data-decision-result]');
  await expect(result).toBeVisible();
  await expect(result.locator('[aria-live="polite"]')).toContainText('No answers yet');
  expect(await barWidth(page, 'django')).toBe(0);

  await radio(page, 'team', 'small').check();
  await expect(verdict(page)).toHaveText('Either would do, with a slight lean toward Flask.');

  await radio(page, 'app-type', 'ml-endpoint').check();
  await expect(verdict(page)).toHaveText('Flask fits this project better.');
  await expect(page.locator('[data-decision-confidence]')).toContainText(`2 of ${QUESTIONS} questions answered`);
  await expect(page).toHaveURL(/\/decide\/\?app-type=ml-endpoint&team=small$/);
  const reasons = page.locator('[data-decision-reasons] li');
  await expect(reasons).toHaveCount(2);
  await expect(reasons.first().getByRole('link')).toHaveAttribute('href', '/guide/use-cases/#what-each-is-best-suited-to');
  await expect(reasons.first()).toContainText('Favours Flask by 3 points');
  await expect.poll(() => barWidth(page, 'flask')).toBeGreaterThan(0);
  expect(await barWidth(page, 'django')).toBe(0);

  await answer(page, ECOMMERCE);
  await expect(verdict(page)).toHaveText('Django fits this project better.');
  // Three reasons at most, strongest first.
  await expect(reasons).toHaveCount(3);
  await expect(reasons.first()).toContainText('Favours Django by 3 points');
  await expect.poll(() => barWidth(page, 'django')).toBeGreaterThan(await barWidth(page, 'flask'));
  expect(problems).toEqual([]);
});

test('the answers survive a reload through the URL', async ({ page, problems }) => {
  await page.goto('/decide/');
  await answer(page, ECOMMERCE);
  await expect(page).toHaveURL(new RegExp(`/decide/\\${ECOMMERCE_QUERY}$`));
  const before = await verdict(page).textContent();
  expect(before).toBe('Django fits this project better.');

  await page.reload();
  await expect(verdict(page)).toHaveText(before ?? '');
  expect(await checkedAnswers(page)).toEqual(Object.entries(ECOMMERCE).map(([q, o]) => `${q}=${o}`));

  // A shared link opened in a fresh page gives the same answers and result.
  const fresh = await page.context().newPage();
  await fresh.goto(`/decide/${ECOMMERCE_QUERY}`);
  await expect(verdict(fresh)).toHaveText(before ?? '');
  expect(await checkedAnswers(fresh)).toEqual(await checkedAnswers(page));
  expect(problems).toEqual([]);
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the URL with the answers and says so', async ({ page, problems }) => {
    await page.goto('/decide/');
    await answer(page, ECOMMERCE);
    await page.getByRole('link', { name: 'Copy link to this result' }).click();
    await expect(page.locator('#live-announcer')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe(`/decide/${ECOMMERCE_QUERY}`);
    expect(copied).toBe(page.url());
    expect(problems).toEqual([]);
  });
});

test('start over clears the answers, the result and the URL', async ({ page, problems }) => {
  await page.goto(`/decide/${ECOMMERCE_QUERY}`);
  await expect(verdict(page)).toHaveText('Django fits this project better.');
  await page.getByRole('button', { name: 'Start over' }).click();
  expect(await checkedAnswers(page)).toEqual([]);
  await expect(verdict(page)).toContainText('No answers yet');
  await expect(page.locator('[data-decision-reasons] li')).toHaveCount(0);
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(page.getByRole('link', { name: 'Copy link to this result' })).toHaveAttribute('href', '/decide/');
  expect(problems).toEqual([]);
});

test('works with the keyboard alone', async ({ page, problems }) => {
  await page.goto('/decide/');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.name || el.textContent?.trim()}` : '';
  });
  // Tab from the top of the page to the first question.
  for (let i = 0; i < 30 && (await focused()) !== 'input:size'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('input:size');

  await page.keyboard.press('Space');
  await expect(radio(page, 'size', 'small')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 'size', 'large')).toBeChecked();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('input:admin');
  await page.keyboard.press('Space');
  await expect(radio(page, 'admin', 'yes')).toBeChecked();
  await expect(verdict(page)).toHaveText('Django fits this project better.');
  await expect(page).toHaveURL(/\?size=large&admin=yes$/);

  // On through the other eight questions to the buttons.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('button:See the result');
  await page.keyboard.press('Enter');
  await expect(page.locator('#decision-result-heading')).toBeFocused();
  // The two reasons' links, then the two buttons.
  const reasonLinks = page.locator('[data-decision-reasons] a');
  await expect(reasonLinks).toHaveCount(2);
  await page.keyboard.press('Tab');
  await expect(reasonLinks.first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Copy link to this result' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await page.keyboard.press('Space');
  expect(await checkedAnswers(page)).toEqual([]);
  await expect(page).toHaveURL(/\/decide\/$/);
  expect(problems).toEqual([]);
});

test.describe('hostile URL parameters', () => {
  async function openHostile(page: Page, query: string) {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/decide/');
    const cleanScripts = await page.locator('script').count();
    await page.goto(`/decide/${query}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-decision-result]')).toBeVisible();
    return { dialogs, cleanScripts };
  }

  test('markup and script in parameters are ignored, valid answers still apply', async ({ page, problems }) => {
    const { dialogs, cleanScripts } = await openHostile(
      page,
      '?size=<script>alert(1)</script>&admin=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&x=javascript:alert(1)&size=large',
    );
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(cleanScripts);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/alert\(1\)/);
    expect(await checkedAnswers(page)).toEqual(['size=large']);
    await expect(verdict(page)).toHaveText('Django fits this project better.');
    // The address is rewritten to the valid answers only.
    await expect(page).toHaveURL(/\/decide\/\?size=large$/);
    await expect(page.getByRole('link', { name: 'Copy link to this result' })).toHaveAttribute('href', '/decide/?size=large');
    expect(problems).toEqual([]);
  });

  test('a 10 KB value, encoded nulls and control characters are ignored', async ({ page, problems }) => {
    const { dialogs } = await openHostile(page, `?size=${'a'.repeat(10 * 1024)}&admin=yes%00&realtime=%E2%80%AEno&team=small`);
    expect(dialogs).toEqual([]);
    expect(await checkedAnswers(page)).toEqual(['team=small']);
    await expect(page).toHaveURL(/\/decide\/\?team=small$/);
    expect(problems).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions and the guidance table are there, the live result is not', async ({ page }) => {
    await page.goto('/decide/');
    const questions = page.locator('form fieldset');
    await expect(questions).toHaveCount(QUESTIONS);
    for (const question of await questions.all()) await expect(question).toBeVisible();
    await expect(page.getByRole('radio').first()).toBeVisible();
    const table = page.getByRole('table', { name: /leans/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row', { name: /A JSON API/ })).toContainText('Flask');
    await expect(table.getByRole('link').first()).toHaveAttribute('href', /^\/guide\//);
    await expect(page.locator('[data-decision-result]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'See the result' })).toBeHidden();
  });
});

test('passes axe in light and dark with a result shown, and fits 360 px', async ({ page, problems }) => {
  await page.goto(`/decide/${ECOMMERCE_QUERY}`);
  await expect(page.locator('[data-decision-reasons] li')).toHaveCount(3);
  await expectAxeCleanInBothSchemes(page);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(problems).toEqual([]);
});
