/** The decision tool on /decide/: live result, URL state, sharing, reset, keyboard, hostile URLs, no-JS fallback. */
import type { Page } from '@playwright/test';
import { decisionQuestionCount } from '../helpers/content';
import { expect, expectAxeCleanInBothSchemes, test } from './fixtures';

const QUESTIONS = decisionQuestionCount();

/** A large team building an e-commerce site with an admin. */
const ECOMMERCE = { size: 'large', admin: 'yes', 'app-type': 'website', team: 'large' };
const ECOMMERCE_QUERY = '?size=large&admin=yes&app-type=website&team=large';
/** Where the widget keeps that result: its result page (whose link preview names the verdict) and the answers. */
const ECOMMERCE_URL = `/decide/django/medium/${ECOMMERCE_QUERY}`;

const radio = (page: Page, question: string, option: string) => page.locator(`input[name="${question}"][value="${option}"]`);
const verdict = (page: Page) => page.locator('[data-decision-verdict]');
const checkedAnswers = (page: Page) =>
  page
    .locator('input[type="radio"]:checked')
    .evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`));

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
  await expect(page).toHaveURL(/\/decide\/flask\/low\/\?app-type=ml-endpoint&team=small$/);
  const reasons = page.locator('[data-decision-reasons] li');
  await expect(reasons).toHaveCount(2);
  await expect(reasons.first().getByRole('link')).toHaveAttribute('href', '/guide/when-to-choose/#choose-flask-when');
  await expect(reasons.first()).toContainText('+3 points for Flask');
  // The reasons for each side add up to its bar.
  await expect(page.locator('[data-decision-reason-group="flask"] > p')).toHaveText('For Flask: 4 points');
  await expect(page.locator('[data-decision-points="flask"]')).toHaveText(/^4 of /);
  // Each reason names the question and the answer it comes from.
  await expect(reasons.first()).toContainText('What are you building? “An endpoint that serves a machine-learning model or data pipeline”');
  // The answers point past both frameworks too, and the result says what would change it.
  const advisory = page.locator('[data-decision-advisory="api-frameworks"]');
  await expect(advisory).toBeVisible();
  await expect(advisory.getByRole('link', { name: 'Consider FastAPI, or Django Ninja inside Django' })).toHaveAttribute(
    'href',
    '/guide/alternatives-and-migration/#fastapi-and-django-ninja',
  );
  await expect(page.locator('[data-decision-advisory="async-frameworks"]')).toBeHidden();
  await expect(page.locator('[data-decision-change]')).toHaveText(/^If you answered “.+” to “.+\?”, the verdict would be (Django|either)/);
  await expect.poll(() => barWidth(page, 'flask')).toBeGreaterThan(0);
  expect(await barWidth(page, 'django')).toBe(0);

  await answer(page, ECOMMERCE);
  await expect(verdict(page)).toHaveText('Django fits this project better.');
  // Every answer that gave points, strongest first, grouped by the side it favours.
  await expect(reasons).toHaveCount(4);
  await expect(reasons.first()).toContainText('+3 points for Django');
  await expect(page.locator('[data-decision-reason-group="django"] > p')).toHaveText('For Django: 7 points');
  await expect(page.locator('[data-decision-points="django"]')).toHaveText(/^7 of /);
  await expect.poll(() => barWidth(page, 'django')).toBeGreaterThan(await barWidth(page, 'flask'));
  expect(problems).toEqual([]);
});

test('the answers survive a reload through the URL', async ({ page, problems }) => {
  await page.goto('/decide/');
  await answer(page, ECOMMERCE);
  await expect(page).toHaveURL(new RegExp(`${ECOMMERCE_URL.replace(/[?]/g, '\\?')}$`));
  const before = await verdict(page).textContent();
  expect(before).toBe('Django fits this project better.');

  await page.reload();
  await expect(verdict(page)).toHaveText(before ?? '');
  expect(await checkedAnswers(page)).toEqual(Object.entries(ECOMMERCE).map(([q, o]) => `${q}=${o}`));

  // A shared link opened in a fresh page gives the same answers and result.
  const fresh = await page.context().newPage();
  await fresh.goto(ECOMMERCE_URL);
  await expect(verdict(fresh)).toHaveText(before ?? '');
  expect(await checkedAnswers(fresh)).toEqual(await checkedAnswers(page));
  // So does a link in the first version's form, /decide/?…, which moves to its result page.
  const old = await page.context().newPage();
  await old.goto(`/decide/${ECOMMERCE_QUERY}`);
  await expect(verdict(old)).toHaveText(before ?? '');
  expect(await checkedAnswers(old)).toEqual(await checkedAnswers(page));
  await expect(old).toHaveURL(new RegExp(`${ECOMMERCE_URL.replace(/[?]/g, '\\?')}$`));
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
    expect(new URL(copied).pathname + new URL(copied).search).toBe(ECOMMERCE_URL);
    expect(copied).toBe(page.url());
    expect(problems).toEqual([]);
  });
});

test('start over clears the answers, the result and the URL', async ({ page, problems }) => {
  await page.goto(ECOMMERCE_URL);
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
  const focused = () =>
    page.evaluate(() => {
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
  await expect(page).toHaveURL(/\/decide\/django\/low\/\?size=large&admin=yes$/);

  // On through the other eight questions to the buttons.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('button:See the result');
  await page.keyboard.press('Enter');
  await expect(page.locator('#decision-result-heading')).toBeFocused();
  // How the verdict and confidence are judged, the two reasons' links, then the two buttons.
  const reasonLinks = page.locator('[data-decision-reasons] a');
  await expect(reasonLinks).toHaveCount(2);
  await page.keyboard.press('Tab');
  await expect(page.getByText('How the verdict and confidence are judged')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reasonLinks.first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Copy link to this result' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Compare with your team' })).toHaveAttribute(
    'href',
    `/decide/team/?m=${encodeURIComponent('size=large&admin=yes')}`,
  );
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
    await expect(verdict(page)).toHaveText('Either would do, with a slight lean toward Django.');
    // The address is rewritten to the valid answers only.
    await expect(page).toHaveURL(/\/decide\/leaning-django\/low\/\?size=large$/);
    await expect(page.getByRole('link', { name: 'Copy link to this result' })).toHaveAttribute(
      'href',
      '/decide/leaning-django/low/?size=large',
    );
    expect(problems).toEqual([]);
  });

  test('a 10 KB value, encoded nulls and control characters are ignored', async ({ page, problems }) => {
    const { dialogs } = await openHostile(page, `?size=${'a'.repeat(10 * 1024)}&admin=yes%00&realtime=%E2%80%AEno&team=small`);
    expect(dialogs).toEqual([]);
    expect(await checkedAnswers(page)).toEqual(['team=small']);
    await expect(page).toHaveURL(/\/decide\/leaning-flask\/low\/\?team=small$/);
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
    // Advisories are there without JavaScript too, under the answers that trigger them.
    await expect(
      table.getByRole('row', { name: /A JSON API/ }).getByRole('link', { name: 'Consider FastAPI, or Django Ninja inside Django' }),
    ).toBeVisible();
    await expect(table.getByRole('link').first()).toHaveAttribute('href', /^\/guide\//);
    await expect(page.locator('[data-decision-result]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'See the result' })).toBeHidden();
  });
});

test('passes axe in light and dark with a result shown, and fits 360 px', async ({ page, problems }) => {
  test.slow(); // axe over a long page, twice
  // With an advisory card shown too (WebSockets central).
  await page.goto(`${ECOMMERCE_URL}&realtime=central`);
  await expect(page.locator('[data-decision-reasons] li')).toHaveCount(5);
  await expect(page.locator('[data-decision-advisory="async-frameworks"]')).toBeVisible();
  await expectAxeCleanInBothSchemes(page);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(problems).toEqual([]);
});

test.describe('the result on every screen (issue 17, item 5)', () => {
  /** A shop built by a small team: six answers. */
  const SHARED = '/decide/django/medium/?size=small&admin=yes&app-type=shop&team=small&speed=standard-features&database=relational';
  const inViewport = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      const header = document.querySelector('body > header, header')?.getBoundingClientRect().bottom ?? 0;
      return box.height > 0 && box.top >= header - 1 && box.bottom <= window.innerHeight;
    });

  test('at 360 px a shared link opens on the verdict, with the answers below it', async ({ page, problems }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(SHARED);
    await expect(verdict(page)).toHaveText('Django fits this project better.');
    expect(await checkedAnswers(page)).toHaveLength(6);
    expect(await inViewport(page, '[data-decision-verdict]')).toBe(true);
    const [resultTop, formTop] = await Promise.all(
      ['[data-decision-result]', 'form[data-decision-form]'].map((selector) =>
        page.locator(selector).evaluate((el) => el.getBoundingClientRect().top),
      ),
    );
    expect(resultTop).toBeLessThan(formTop!);
    expect(problems).toEqual([]);
  });

  test('at 360 px a compact result with both scores stays in view while answering', async ({ page, problems }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/decide/');
    const compact = page.locator('[data-decision-compact]');
    // Halfway down the questions, with the full result out of sight below them.
    await radio(page, 'freedom', 'no').check();
    await radio(page, 'database', 'relational').check();
    await expect(compact).toBeVisible();
    await expect(compact).toContainText('Result: either, leaning Django');
    await expect(compact).toContainText('Django 1');
    await expect(compact).toContainText('Flask 0');
    expect(await inViewport(page, '[data-decision-compact]')).toBe(true);
    // One line: the verdict and both scores side by side, whatever the engine's font.
    const tops = await compact
      .locator(':scope > *')
      .evaluateAll((parts) => parts.map((part) => Math.round(part.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the compact result wraps').toBe(1);
    // It leads to the full result and steps aside once that is on screen.
    await compact.click();
    await expect(page.locator('#decision-result-heading')).toBeInViewport();
    await expect(compact).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('at 1280 px the sticky result never hides under the header, even at the end of the form', async ({ page, problems }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(SHARED);
    await expect(verdict(page)).toHaveText('Django fits this project better.');
    await expect(page.locator('[data-decision-compact]')).toBeHidden();
    for (const selector of ['fieldset[data-decision-question="realtime"]', 'form [data-decision-show]']) {
      await page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'end' }));
      expect(await inViewport(page, '[data-decision-verdict]'), selector).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  test('both score bars share one scale', async ({ page, problems }) => {
    // One point each: admin (some) for Django, team (small) for Flask.
    await page.goto('/decide/?admin=some&team=small');
    await expect(page.locator('[data-decision-points="django"]')).toHaveText(/^1 of \d+ points$/);
    const [django, flask] = [
      await page.locator('[data-decision-points="django"]').textContent(),
      await page.locator('[data-decision-points="flask"]').textContent(),
    ];
    expect(django?.replace(/^\d+/, '')).toBe(flask?.replace(/^\d+/, ''));
    await expect.poll(() => barWidth(page, 'django')).toBeGreaterThan(0);
    await expect.poll(async () => Math.abs((await barWidth(page, 'django')) - (await barWidth(page, 'flask')))).toBeLessThan(0.5);
    expect(problems).toEqual([]);
  });
});
