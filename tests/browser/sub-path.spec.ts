/**
 * Deployed under a sub-path, as GitHub Pages serves a project site: a private copy of the
 * project is built with SITE_URL=https://example.org/docs/ (so Astro's base is /docs/) and
 * served under /docs/ by `astro preview`. Navigation, content links, assets, search, a moved
 * page, a share card, canonical URLs, the sitemap, robots.txt and _redirects must all carry the
 * base. The build takes a while, so the spec builds once and keeps to a few tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createFixtureProject, type FixtureProject } from '../helpers/fixture-project';
import { expect, test } from './fixtures';

const SITE_URL = 'https://example.org/docs/';
const BASE = '/docs/';

let fixture: FixtureProject | undefined;
let server: ChildProcess | undefined;
let origin = '';

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `astro preview` in the fixture and resolves once it says where it listens. */
function preview(root: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      // The preview server serves under the base the config derives from SITE_URL.
      env: { ...process.env, SITE_URL, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`astro preview exited (${code}):\n${output}`)));
  });
}

// One worker builds once: the tests of this file run in order in the same worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  fixture = createFixtureProject();
  const previous = process.env.SITE_URL;
  process.env.SITE_URL = SITE_URL;
  try {
    const { status, output } = fixture.astro('build');
    expect(status, output.slice(-3000)).toBe(0);
  } finally {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  }
  const port = await freePort();
  server = await preview(fixture.root, port);
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  server?.kill();
  fixture?.remove();
});

/** Opens a path under the base and records every request that failed or answered 4xx/5xx. */
async function open(page: Page, path: string, failures: string[]): Promise<void> {
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  // A redirect page leaves before its scripts load: aborted requests are expected there.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()}`);
  });
  await page.goto(`${origin}${BASE}${path.replace(/^\//, '')}`);
}

/** Site links on the page that leave the base: each would 404 on the real host. */
const linksOutsideBase = (page: Page) =>
  page.evaluate(
    (base) =>
      [...document.querySelectorAll<HTMLElement>('[href], [src], form[action]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '')
        .filter((value) => value.startsWith('/') && !value.startsWith(base)),
    BASE,
  );

test('navigation, content links and assets stay under the base', async ({ page, problems }) => {
  const failures: string[] = [];
  await open(page, '/', failures);
  expect(await linksOutsideBase(page)).toEqual([]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}guide/`);
  await page.getByRole('link', { name: 'Overview' }).first().click();
  await expect(page).toHaveURL(`${origin}${BASE}guide/overview/`);
  expect(await linksOutsideBase(page)).toEqual([]);
  // A link written in the chapter's MDX as a plain site path ("[Who uses Django](/guide/use-cases/…)").
  await page.locator('article a[href*="/guide/use-cases/"]').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}guide/use-cases/`));
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
});

test('search finds pages and links to them under the base', async ({ page, problems }) => {
  const failures: string[] = [];
  await open(page, '/search/?q=migrations', failures);
  const first = page.locator('.search-results a[href]').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}guide/`));
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
});

test('a moved page and a share card send the reader on, under the base', async ({ page, problems }) => {
  const failures: string[] = [];
  await open(page, '/faq/#faq-background-tasks', failures);
  await expect(page).toHaveURL(`${origin}${BASE}guide/faq/#faq-background-tasks`);

  await open(page, '/s/overview/', failures);
  const meta = (selector: string, attribute = 'content') => page.locator(selector).first().getAttribute(attribute);
  await expect(page).toHaveURL(`${origin}${BASE}guide/overview/`);
  // The card itself, as a link preview reads it (without following its refresh).
  const card = await (await page.request.get(`${origin}${BASE}s/overview/`)).text();
  expect(card).toContain(`<meta property="og:url" content="${SITE_URL}s/overview/">`);
  expect(card).toContain(`<link rel="canonical" href="${SITE_URL}guide/overview/">`);
  expect(card).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}guide/overview/">`);
  expect(await meta('link[rel=canonical]', 'href')).toBe(`${SITE_URL}guide/overview/`);
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
});

test('sitemap, robots.txt, _redirects and _headers carry the public address and the base', async ({ request }) => {
  const robots = await (await request.get(`${origin}${BASE}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
  const sitemap = await (await request.get(`${origin}${BASE}sitemap-0.xml`)).text();
  expect(sitemap).toContain(`<loc>${SITE_URL}guide/overview/</loc>`);
  expect(sitemap, 'moved pages stay out of the sitemap').not.toContain(`${SITE_URL}faq/`);
  expect(sitemap, 'share cards stay out of the sitemap').not.toContain(`${SITE_URL}s/`);
  // Not served by `astro preview`; read from the build.
  const redirects = readFileSync(join(fixture!.root, 'dist', '_redirects'), 'utf8');
  expect(redirects).toContain(`${BASE}faq/ ${BASE}guide/faq/ 301`);
  const headers = readFileSync(join(fixture!.root, 'dist', '_headers'), 'utf8');
  expect(headers, 'immutable caching of hashed assets applies under the base').toMatch(new RegExp(`^${BASE}_astro/\\*$`, 'm'));
});

test('Markdown twins, llms.txt and the feed carry the base; "Copy page as Markdown" copies the twin', async ({
  page,
  context,
  problems,
}) => {
  const failures: string[] = [];
  const llms = await (await page.request.get(`${origin}${BASE}llms.txt`)).text();
  expect(llms).toContain(`(${SITE_URL}guide/overview.md)`);
  const twin = await (await page.request.get(`${origin}${BASE}guide/overview.md`)).text();
  expect(twin).toMatch(/^# Overview\n/);
  expect(twin).toContain(`Web page: <${SITE_URL}guide/overview/>`);
  expect(twin, 'citations link to the sources under the base').toContain(`]: ${SITE_URL}sources/#`);
  const feed = await (await page.request.get(`${origin}${BASE}changes.xml`)).text();
  expect(feed).toContain(`<link rel="alternate" type="text/html" href="${SITE_URL}changes/"/>`);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await open(page, '/guide/overview/', failures);
  expect(await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href')).toBe(`${BASE}changes.xml`);
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', `${BASE}guide/overview.md`);
  await page.getByRole('link', { name: 'Copy page as Markdown' }).click();
  await expect(page.locator('live-announcer')).toHaveText('Markdown copied');
  await expect(page, 'the copy replaces following the link').toHaveURL(`${origin}${BASE}guide/overview/`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
});
