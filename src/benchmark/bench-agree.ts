/**
 * `npm run bench:agree -- A.json B.json`: whether two results files of `npm run bench:frameworks`
 * agree (src/benchmark/bench-agreement.ts). Prints the tables; exits with 1 when they disagree,
 * 2 when a file cannot be read or does not match the schema.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compareRuns, formatAgreement } from './bench-agreement.ts';
import { benchmarkResultsSchema, type BenchmarkResults } from './benchmark-schema.ts';

function load(file: string): BenchmarkResults {
  const parsed = benchmarkResultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file} is not a benchmark results file:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length !== 2) {
  console.error('usage: npm run bench:agree -- A.json B.json');
  process.exit(2);
}
const [fileA = '', fileB = ''] = files;
try {
  const agreement = compareRuns(load(fileA), load(fileB));
  console.log(formatAgreement(agreement, [basename(fileA), basename(fileB)]));
  process.exit(agreement.agrees ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
