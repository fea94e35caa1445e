/**
 * The guide may reuse the articles' facts but never their wording: no run of ten or more words
 * from a source article may appear in content/. Article titles in sources.yaml are exempt
 * (quoting a title is how one cites it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedRuns, shingles } from '../../src/checks/wording';
import { PROJECT_ROOT } from '../helpers/fixture-project';

// Beside the checkout, as on CI and in the main checkout; SEEDS_DIR points elsewhere (a worktree).
const SEEDS_DIR = process.env.SEEDS_DIR ?? join(PROJECT_ROOT, '..', 'shared', 'seeds');
const RUN_LENGTH = 10;

/**
 * What `django-admin startproject` writes into settings.py: the example projects under
 * content/examples/ are real Django projects, and some articles print the same generated lists.
 * Those words are Django's, not the articles', so runs made only of them are not copying.
 */
const FRAMEWORK_GENERATED = `
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
"django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware",
"django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
"django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
"django.contrib.messages.middleware.MessageMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware"]
from django.contrib import admin
from django.urls import path
`;

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? contentFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const hasSeeds = existsSync(SEEDS_DIR);
// On a developer machine without the articles the check is skipped, loudly; on CI it must run.
const required = Boolean(process.env.CI);
if (!hasSeeds && !required) {
  console.warn(`\n!!! SKIPPING the copied-wording check: the source articles are not at ${SEEDS_DIR} !!!\n`);
}

describe.skipIf(!hasSeeds && !required)('content uses its own wording', () => {
  const seedRuns = new Set<string>();
  if (hasSeeds) {
    for (const name of readdirSync(SEEDS_DIR)) {
      for (const run of shingles(readFileSync(join(SEEDS_DIR, name), 'utf8'), RUN_LENGTH)) seedRuns.add(run);
    }
    for (const run of shingles(FRAMEWORK_GENERATED, RUN_LENGTH)) seedRuns.delete(run);
  }

  const files = contentFiles(join(PROJECT_ROOT, 'content')).map((file) => relative(PROJECT_ROOT, file));

  it('no content file copies a run of ten words', () => {
    expect(hasSeeds, `the source articles are not at ${SEEDS_DIR} (set SEEDS_DIR)`).toBe(true);
    expect(seedRuns.size, `no article text under ${SEEDS_DIR}`).toBeGreaterThan(0);
    expect(files.length).toBeGreaterThan(0);
    const copied = files.flatMap((file) => {
      let text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      if (file.endsWith('sources.yaml')) text = text.replace(/^\s*title:.*$/gm, '');
      return copiedRuns(text, seedRuns, RUN_LENGTH).map((run) => `${file}: ${run}`);
    });
    expect(copied).toEqual([]);
  });
});
