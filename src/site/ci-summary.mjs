/**
 * Prints the CI summary line, `ci: N passed, M failed`, counted from the test runners' own JSON
 * reports in reports/ (Vitest: unit.json, site.json and scale.json; Playwright: browser.json; the Python
 * examples: python.json, written by src/examples/test-python.ts from pytest's JUnit reports; the
 * framework benchmark's smoke run: bench-smoke.json). A step that
 * should have produced a report but did not (because an earlier step or the build failed) counts
 * as one failure, so a broken run can never print "0 failed".
 * Usage: node src/site/ci-summary.mjs <exit status of npm test>
 */
import { existsSync, readFileSync } from 'node:fs';

const testStatus = Number(process.argv[2] ?? 0);
const STEPS = [
  { file: 'reports/unit.json', runner: 'vitest', label: 'unit and content tests' },
  { file: 'reports/python.json', runner: 'pytest', label: 'Python examples' },
  { file: 'reports/site.json', runner: 'vitest', label: 'built-site checks' },
  { file: 'reports/scale.json', runner: 'vitest', label: 'scale build memory budget' },
  { file: 'reports/browser.json', runner: 'playwright', label: 'browser tests' },
  // The framework benchmark's smoke run (npm run test:bench-smoke): { passed, failed }.
  { file: 'reports/bench-smoke.json', runner: 'counts', label: 'framework benchmark smoke' },
];

let passed = 0;
let failed = 0;
for (const step of STEPS) {
  if (!existsSync(step.file)) {
    if (testStatus !== 0) {
      console.log(`ci: ${step.label} produced no report (not reached or crashed): counted as 1 failure`);
      failed += 1;
    } else {
      console.log(`ci: ${step.label} produced no report (skipped)`);
    }
    continue;
  }
  const report = JSON.parse(readFileSync(step.file, 'utf8'));
  if (step.runner === 'pytest') {
    passed += report.passed;
    failed += report.failed;
  } else if (step.runner === 'vitest') {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (step.runner === 'counts') {
    passed += report.passed;
    failed += report.failed;
  } else {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    for (const title of flakyTitles(report)) console.log(`ci: flaky (failed, then passed on retry): ${title}`);
    // Errors outside any test (e.g. the web server failed to start) leave no test result.
    if (report.errors?.length && report.stats.unexpected === 0) failed += report.errors.length;
  }
}
if (testStatus !== 0 && failed === 0) {
  console.log('ci: npm test exited non-zero without a failing test: counted as 1 failure');
  failed = 1;
}
console.log(`ci: ${passed} passed, ${failed} failed`);

/** Titles of the Playwright tests that failed and then passed on a retry. */
function flakyTitles(report) {
  const titles = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) if (test.status === 'flaky') titles.push([...path, spec.title].join(' › '));
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  return titles;
}
