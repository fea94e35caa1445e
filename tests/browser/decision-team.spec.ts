/**
 * Taking a result to the team: the decision record (copy and download on a live result) and the
 * team view (paste two links, open a team URL, hostile members stay inert), in light and dark.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectAxeCleanInBothSchemes, test } from './fixtures';

const ANA = 'size=small&admin=no&app-type=api&team=small&experience=flask&realtime=central';
const BEN = 'size=small&admin=no&app-type=api&team=small&experience=flask&realtime=no';
const teamUrl = (...members: string[]) => `/decide/team/?${members.map((m) => `m=${encodeURIComponent(m)}`).join('&')}`;

async function watchDialogs(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

test.describe('decision record', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a live result copies and downloads as a Markdown decision record', async ({ page, problems }) => {
    await page.goto(`/decide/?${ANA}`);
    await expect(page.locator('[data-decision-verdict]')).toContainText('No plain verdict: Flask is ahead on points');
    await page.getByRole('button', { name: 'Copy as decision record' }).click();
    await expect(page.locator('#live-announcer')).toHaveText('Decision record copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^# Django or Flask: no plain verdict yet \(Flask ahead on points\)\n\n- Date: \d{4}-\d{2}-\d{2}\n- Status: proposed/,
    );
    expect(copied).toContain(
      '- Does the app need WebSockets, many long-lived connections or heavy async I/O? **Yes, it is central to the app**',
    );
    // Links are absolute, on this site.
    const origin = new URL(page.url()).origin;
    expect(copied).toContain(`${origin}/guide/apis-and-async/#async-and-real-time`);
    expect(copied).toContain(`Open ${page.url()} to see these answers`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download (.md)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^decision-record-\d{4}-\d{2}-\d{2}\.md$/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(copied);
    expect(problems).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a result page shows its record as selectable text, and the team view says what needs JavaScript', async ({ page }) => {
    await page.goto('/decide/flask/high/?size=small');
    await expect(page.getByRole('heading', { name: 'This result as a decision record' })).toBeVisible();
    await expect(page.locator('noscript [data-record-text], [data-record-text]').last()).toContainText('# Use Flask for this project');
    await expect(page.getByRole('button', { name: 'Copy as decision record' })).toBeHidden();
    await page.goto('/decide/team/');
    await expect(page.getByText('need JavaScript')).toBeVisible();
  });
});

test.describe('team view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('two pasted links show the disagreement, whether it matters, and a link to send', async ({ page, problems }) => {
    await page.goto('/decide/team/');
    const origin = new URL(page.url()).origin;
    await page
      .getByLabel("Members' links, one per line")
      .fill(`Ana ${origin}/decide/leaning-flask/low/?${ANA}\nBen ${origin}/decide/?${BEN}`);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('[data-team-verdict]')).toHaveText('Flask fits this project better.');
    const swing = page.locator('[data-team-swings] li');
    await expect(swing).toHaveCount(1);
    await expect(swing).toContainText('Does the app need WebSockets');
    await expect(swing).toContainText('Settling it changes the verdict');
    await expect(page.locator('[data-team-members]')).toContainText('Ana: no plain verdict (Flask ahead on points)');
    await expect(page.locator('[data-team-members]')).toContainText('Ben: Flask');
    await expect(page.locator('.team-question[data-disputed]')).toHaveCount(1);
    // The address is now the team view itself, names included.
    await expect(page).toHaveURL(/\/decide\/team\/\?m=name%3DAna%26.+&m=name%3DBen%26/);
    await page.getByRole('link', { name: 'Copy link to this team view' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.getByRole('button', { name: 'Copy as decision record' }).click();
    const record = await page.evaluate(() => navigator.clipboard.readText());
    expect(record).toMatch(/^# Team decision: Use Flask for this project/);
    expect(record).toContain('2 members answered the Django or Flask decision tool: Ana, Ben.');
    expect(record).toContain('Disputed. Ana: Yes, it is central to the app; Ben: No, ordinary requests and responses');
    expect(problems).toEqual([]);
  });

  test('a team URL opens on the comparison, and passes axe in light and dark', async ({ page, problems }) => {
    test.slow();
    await page.goto(teamUrl(`name=Ana&${ANA}`, `name=Ben&${BEN}`));
    await expect(page.locator('[data-team-result]')).toBeVisible();
    await expect(page.locator('[data-team-verdict]')).toHaveText('Flask fits this project better.');
    await expect(page.getByLabel("Members' links, one per line")).toHaveValue(/^Ana https?:\/\/.+\/decide\/\?size=small.+\nBen /);
    await expectAxeCleanInBothSchemes(page);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // On a phone the comparison comes before the text box.
    const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
    expect(await top('[data-team-result]')).toBeLessThan(await top('form[data-team-form]'));
    expect(problems).toEqual([]);
  });

  test('hostile members are ignored with a note and never executed', async ({ page, problems }) => {
    const dialogs = await watchDialogs(page);
    const members = [
      `name=${'<script>alert(1)</script>'}&${ANA}`,
      `name=${'x'.repeat(500)}&${BEN}`,
      'name=A\u0000\u001b[31mB&size=large&bogus=1&admin=nope',
      'https://evil.example/?size=large',
      'javascript:alert(1)',
      ...Array.from({ length: 12 }, () => 'size=small'),
    ];
    await page.goto(teamUrl(...members));
    await expect(page.locator('[data-team-result]')).toBeVisible();
    const notes = page.locator('[data-team-notes-list] li');
    await expect(notes.filter({ hasText: 'name ignored' })).toHaveCount(3);
    await expect(notes.filter({ hasText: 'is not a link to the decision tool' })).toHaveCount(2);
    await expect(notes.filter({ hasText: 'unknown question “bogus”' })).toHaveCount(1);
    await expect(notes.filter({ hasText: 'unknown answer “nope”' })).toHaveCount(1);
    await expect(notes.filter({ hasText: 'Only the first 12 members are shown' })).toHaveCount(1);
    await expect(page.locator('[data-team-members] li')).toHaveCount(12);
    expect(dialogs).toEqual([]);
    // The page's own module script (src attribute) is the only script; a hostile name adds none.
    expect(await page.locator('main script:not([type="application/json"]):not([type="module"][src])').count()).toBe(0);
    expect(await page.locator('main [data-team-result]').textContent()).not.toContain('<script>');
    expect(problems).toEqual([]);
  });
});
