/**
 * `npm run bench:agree -- A.json B.json [--added id,id] [--publish FILE]`: whether two results files of
 * `npm run bench:frameworks` agree (src/benchmark/bench-agreement.ts). Prints the tables; exits
 * with 1 when they disagree, 2 when a file cannot be read or does not match the schema. With
 * --publish, writes A to FILE (content/benchmarks.json) with B's summary as its confirmation,
 * so the page states how a second run agreed from the data, agreeing or not. --added names the
 * scenarios A adds since B was run: B cannot confirm them, and they are listed as unchecked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compareRuns, confirmationOf, formatAgreement } from './bench-agreement.ts';
import { benchmarkResultsSchema, type BenchmarkResults } from './benchmark-schema.ts';

function load(file: string): BenchmarkResults {
  const parsed = benchmarkResultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file} is not a benchmark results file:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

const { values: options, positionals: files } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { publish: { type: 'string' }, added: { type: 'string' } },
  allowPositionals: true,
});
if (files.length !== 2) {
  console.error('usage: npm run bench:agree -- A.json B.json [--added scenario,scenario] [--publish content/benchmarks.json]');
  process.exit(2);
}
const [fileA = '', fileB = ''] = files;
try {
  const [published, confirming] = [load(fileA), load(fileB)];
  const added = options.added?.split(',').filter(Boolean) ?? [];
  const unknown = added.filter((id) => !published.scenarios.some((s) => s.id === id));
  if (unknown.length) throw new Error(`--added names scenarios ${fileA} does not have: ${unknown.join(', ')}`);
  const agreement = compareRuns(published, confirming, added);
  console.log(formatAgreement(agreement, [basename(fileA), basename(fileB)]));
  if (options.publish) {
    const confirmed = benchmarkResultsSchema.parse({ ...published, confirmation: confirmationOf(confirming, agreement) });
    writeFileSync(options.publish, `${JSON.stringify(confirmed, null, 2)}\n`);
    console.log(`wrote ${options.publish}: ${basename(fileA)}, confirmed by ${basename(fileB)}`);
  }
  process.exit(agreement.agrees ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
