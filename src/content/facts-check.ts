/**
 * `npm run facts:check`: asks PyPI for the release history of every package the facts registry
 * tracks (entries with `package`) and prints one line per entry: current, or stale with the newer
 * version and its date. Then it lists every entry, tracked or not, whose `checked` day is more than
 * 90 days old: facts the package index cannot tell (a worker removed, a project sunset, a support
 * window) stay true only as long as someone looks again. `--today YYYY-MM-DD` sets the clock (for
 * a dry run of a later date). A report, not a test: it needs the network and its answer changes as
 * projects release. Exits 1 when anything is stale or overdue, so it can gate a scheduled job.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { FACTS_FILE } from './data-files.ts';
import type { Fact } from './fact-schema.ts';
import { loadYamlDataFile } from './yaml-loader.ts';
import type { ParsedEntry } from './yaml-collection.ts';
import { ContentError } from '../site/content-errors.ts';
import { MAX_CHECK_AGE_DAYS, newerRelease, newestRelease, overdueChecks } from './fact-staleness.ts';

const { values: options } = parseArgs({ options: { today: { type: 'string' } } });
const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`facts:check: --today ${options.today}: expected a day written YYYY-MM-DD`);
  process.exit(2);
}

interface PypiProject {
  releases: Record<string, { upload_time?: string; yanked?: boolean }[]>;
}

async function releasesOf(project: string): Promise<Record<string, string>> {
  const response = await fetch(`https://pypi.org/pypi/${encodeURIComponent(project)}/json`, {
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) throw new Error(`PyPI answered ${response.status} for ${project}`);
  const { releases } = (await response.json()) as PypiProject;
  // A release whose every file is yanked does not count; its date is that of its first file.
  return Object.fromEntries(
    Object.entries(releases)
      .filter(([, files]) => files.length > 0 && files.some((file) => !file.yanked))
      .map(([version, files]) => [version, (files[0]?.upload_time ?? '').slice(0, 10)]),
  );
}

// Loaded as the facts collection loads it (src/content/yaml-loader.ts): the report and the build cannot disagree.
const registry = loadYamlDataFile('facts', new Uint8Array(readFileSync(FACTS_FILE)));
if (registry.problems.length > 0) {
  console.error(`facts:check: ${new ContentError(registry.problems).message}`);
  process.exit(2);
}
const facts = (registry.value as ParsedEntry[]).map(({ data }) => data as unknown as Fact);
const tracked = facts.filter((fact) => fact.package);
const cache = new Map<string, Promise<Record<string, string>>>();
let stale = 0;
let failed = 0;
for (const fact of tracked) {
  const project = fact.package!;
  if (!cache.has(project)) cache.set(project, releasesOf(project));
  try {
    const releases = await cache.get(project)!;
    const versions = Object.keys(releases);
    const newer = newerRelease(fact, versions);
    const scope = fact.series ? `${project} ${fact.series}.x` : project;
    if (newer) {
      stale += 1;
      console.log(`stale    ${fact.id}: ${scope} ${fact.value} → ${newer} (${releases[newer]}), checked ${fact.checked}`);
    } else {
      const newest = newestRelease(fact, versions)!;
      console.log(`current  ${fact.id}: ${scope} ${fact.value} (PyPI ${releases[newest]}), checked ${fact.checked}`);
    }
  } catch (error) {
    failed += 1;
    console.log(`unknown  ${fact.id}: ${(error as Error).message}`);
  }
}
const overdue = overdueChecks(facts, today);
if (overdue.length > 0)
  console.log(`\nChecked more than ${MAX_CHECK_AGE_DAYS} days ago: look at the source again, then update \`checked\``);
for (const { id, checked, days } of overdue) console.log(`overdue  ${id}: checked ${checked}, ${days} days ago`);
console.log(
  `\nfacts:check: ${tracked.length} tracked, ${stale} stale, ${failed} not reached; ${facts.length} entries, ${overdue.length} overdue for a check`,
);
process.exit(stale > 0 || failed > 0 || overdue.length > 0 ? 1 : 0);
