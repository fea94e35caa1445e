/**
 * Data enters through collections, so `astro dev` picks up an edited data file without a
 * restart: a figure changed in content/facts.yaml shows up both where a chapter states it
 * (<Fact>) and where another data file refers to it ({{fact:id}} in content/faq.yaml), and an
 * alias added to content/aliases.yaml reaches the page it is for, and a data file that is one row
 * of src/content/data-files.ts (content/decision-advisories.yaml) reaches the page that reads it.
 * (content/synonyms.yaml is a collection too, but only the built search index shows it.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createFixtureProject } from '../helpers/fixture-project';

const fixture = createFixtureProject();
let server: ChildProcess | undefined;
/** What `astro dev` printed, for the failure message. */
let output = '';
afterAll(() => {
  server?.kill();
  fixture.remove();
});

/** A port nobody listens on right now (the operating system picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

/** Starts `astro dev` in the fixture and resolves with its address once it serves. */
async function startDev(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(fixture.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: fixture.root,
    // Without Vitest's own variables (NODE_ENV=test, VITEST…), which make a dev server something else.
    env: { ...devEnvironment(), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server = child;
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/watching for file changes/.test(output)) resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output.slice(-2000)}`)));
  });
}

let started: Promise<string> | undefined;
/** The one `astro dev` of this file, started by the first test that needs it. */
const devServer = () => (started ??= startDev());

async function page(url: string): Promise<string> {
  const response = await fetch(url);
  return response.ok ? response.text() : `HTTP ${response.status}; astro dev printed:\n${output.slice(-3000)}`;
}

it('an edit to content/facts.yaml shows on the pages that state the figure, without a restart', async () => {
  const base = await devServer();
  const chapter = `${base}/guide/teams-and-maintenance/`;
  const faq = `${base}/guide/faq/`;
  expect(await page(chapter)).toContain('6.1.3');
  expect(await page(faq)).toContain('6.1.3');

  const factsFile = fixture.content('facts.yaml');
  const before = readFileSync(factsFile, 'utf8');
  const after = before.replace(/(- id: django-latest\n(?: {2}.*\n)*? {2}value: )6\.1\.3/, '$16.1.97');
  expect(after, 'the django-latest entry was not found to edit').not.toBe(before);
  writeFileSync(factsFile, after);

  await expect.poll(() => page(chapter), { timeout: 60_000, interval: 500 }).toContain('6.1.97');
  await expect.poll(() => page(faq), { timeout: 60_000, interval: 500 }).toContain('6.1.97');
});

it('an alias added to content/aliases.yaml reaches its page, without a restart', async () => {
  const base = await devServer();
  const glossary = `${base}/guide/glossary/`;
  expect(await page(glossary)).not.toContain('old-glossary-term');

  const aliasesFile = fixture.content('aliases.yaml');
  const before = readFileSync(aliasesFile, 'utf8');
  const after = before.replace(/^fragments:\n/m, 'fragments:\n  - page: /guide/glossary/\n    from: old-glossary-term\n    to: top\n');
  expect(after, 'the fragments list was not found to edit').not.toBe(before);
  writeFileSync(aliasesFile, after);

  await expect.poll(() => page(glossary), { timeout: 60_000, interval: 500 }).toContain('old-glossary-term');
});

it('an edit to a data file of src/content/data-files.ts (the decision advisories) shows on its page, without a restart', async () => {
  const base = await devServer();
  const decide = `${base}/decide/`;
  expect(await page(decide)).toContain('Consider Quart, or Django with Channels');

  const advisoriesFile = fixture.content('decision-advisories.yaml');
  const before = readFileSync(advisoriesFile, 'utf8');
  const after = before.replace('title: Consider Quart, or Django with Channels', 'title: Consider Quart, or Django with Channels (edited)');
  expect(after, 'the async-frameworks title was not found to edit').not.toBe(before);
  writeFileSync(advisoriesFile, after);

  await expect.poll(() => page(decide), { timeout: 60_000, interval: 500 }).toContain('Consider Quart, or Django with Channels (edited)');
});
