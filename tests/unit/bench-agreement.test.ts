/**
 * Two runs' agreement (src/benchmark/bench-agreement.ts): counts within 1%, the same verdicts,
 * and every scenario present in both; built on the committed results, altered one way at a time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRuns, confirmationOf, formatAgreement } from '../../src/benchmark/bench-agreement';
import { confirmationText } from '../../src/benchmark/bench-confirmation';
import { parseBenchmarkResults } from '../../src/benchmark/benchmark-results';
import type { BenchmarkResults } from '../../src/benchmark/benchmark-schema';

const FILE = 'content/benchmarks.json';
const fresh = (): BenchmarkResults => parseBenchmarkResults(JSON.parse(readFileSync(FILE, 'utf8')), FILE);
const scenario = (results: BenchmarkResults, id: string) => {
  const found = results.scenarios.find((s) => s.id === id);
  if (!found?.instructions) throw new Error(`${FILE} has no instruction counts for ${id}`);
  return found as typeof found & { instructions: NonNullable<typeof found.instructions> };
};

describe('two runs compared', () => {
  it('agree with themselves', () => {
    const agreement = compareRuns(fresh(), fresh());
    expect(agreement.agrees).toBe(true);
    expect(agreement.counts.every((row) => row.difference === 0)).toBe(true);
    expect(formatAgreement(agreement, ['a.json', 'b.json'])).toMatch(/comparisons with the same verdict: (\d+) of \1\nthe runs agree$/);
  });

  it('accept a count 0.9% off and reject one 1.1% off, naming it', () => {
    const near = fresh();
    scenario(near, 'related-naive').instructions.flask.value *= 1.009;
    expect(compareRuns(fresh(), near).agrees).toBe(true);
    const far = fresh();
    scenario(far, 'related-naive').instructions.flask.value *= 1.011;
    const agreement = compareRuns(fresh(), far);
    expect(agreement.agrees).toBe(false);
    expect(agreement.counts.filter((row) => !row.agrees).map((row) => `${row.framework} ${row.scenario}`)).toEqual(['flask related-naive']);
    expect(formatAgreement(agreement, ['a.json', 'b.json'])).toMatch(
      /largest difference 1\.10%, flask related-naive[\s\S]*the runs DISAGREE$/,
    );
  });

  it('reject a verdict that changes side', () => {
    const flipped = fresh();
    const plain = scenario(flipped, 'plaintext');
    [plain.cpuUs.django, plain.cpuUs.flask] = [plain.cpuUs.flask, plain.cpuUs.django];
    const agreement = compareRuns(fresh(), flipped);
    expect(agreement.agrees).toBe(false);
    expect(agreement.verdicts.filter((row) => !row.agrees).map((row) => row.id)).toEqual(['cpu.plaintext']);
  });

  it('reject a verdict that turns from too variable to a side', () => {
    // One query waits on PostgreSQL: short of the 50% margin it is too variable, beyond it a side.
    const close = fresh();
    const near = scenario(close, 'query');
    near.cpuUs.flask = { ...near.cpuUs.django, samples: near.cpuUs.django.samples.map((us) => us * 1.3) };
    const far = fresh();
    const apart = scenario(far, 'query');
    apart.cpuUs.flask = { ...apart.cpuUs.django, samples: apart.cpuUs.django.samples.map((us) => us * 1.6) };
    const agreement = compareRuns(close, far);
    expect(agreement.verdicts.find((row) => row.id === 'cpu.query')).toMatchObject({ a: 'variable', b: 'django', agrees: false });
  });

  it('keep the confirming run’s summary, and state it in a sentence', () => {
    const other = fresh();
    other.date = '2026-12-07';
    other.machine.loadAverage = { before: [9.5, 8, 7], after: [10, 9, 8] };
    scenario(other, 'related-naive').instructions.flask.value *= 1.004;
    const confirmation = confirmationOf(other, compareRuns(fresh(), other));
    expect(confirmation).toMatchObject({
      date: '2026-12-07',
      largestInstructionDifferenceAt: 'flask related-naive',
      disagreements: [],
    });
    expect(confirmation.verdictsAgreed).toBe(confirmation.verdicts);
    expect(confirmation.largestInstructionDifference).toBeCloseTo(0.004, 5);
    const text = confirmationText(confirmation, (day) => `day ${day}`);
    expect(text).toMatch(/^day 2026-12-07, [\d.]+ minutes, load average 9\.5 \/ 8 \/ 7 before, 10 \/ 9 \/ 8 after: /);
    expect(text).toContain(`${confirmation.instructionCounts} of ${confirmation.instructionCounts} instruction counts within 1% of these`);
    expect(text).toContain('(largest difference 0.40%, Flask, related-naive)');
    expect(text).toMatch(/and (\d+) of \1 verdicts the same$/);
    expect(confirmationText(undefined, String)).toMatch(/^none: /);
  });

  it('name the verdicts that differ in the kept summary', () => {
    const flipped = fresh();
    const plain = scenario(flipped, 'plaintext');
    [plain.cpuUs.django, plain.cpuUs.flask] = [plain.cpuUs.flask, plain.cpuUs.django];
    const confirmation = confirmationOf(flipped, compareRuns(fresh(), flipped));
    expect(confirmation.disagreements).toEqual(['cpu.plaintext']);
    expect(confirmationText(confirmation, String)).toMatch(/; different: cpu\.plaintext$/);
    expect(confirmationText(confirmation, String, String, (id) => `named ${id}`)).toMatch(/; different: named cpu\.plaintext$/);
  });

  it('reject a scenario missing from one run', () => {
    const fewer = fresh();
    fewer.scenarios = fewer.scenarios.filter((s) => s.id !== 'fortunes');
    const agreement = compareRuns(fresh(), fewer);
    expect(agreement.agrees).toBe(false);
    expect(agreement.unmatched).toContain('instructions.fortunes');
  });

  it('leave scenarios named as added unchecked, and still reject one dropped unnamed', () => {
    const older = fresh();
    older.scenarios = older.scenarios.filter((s) => s.id !== 'fortunes' && s.id !== 'json');
    const agreement = compareRuns(fresh(), older, ['fortunes']);
    expect(agreement.unchecked).toEqual(['fortunes']);
    expect(agreement.unmatched).toContain('instructions.json');
    expect(agreement.unmatched.some((id) => id.endsWith('.fortunes'))).toBe(false);
    expect(agreement.counts.some((row) => row.scenario === 'fortunes')).toBe(false);
    const named = compareRuns(fresh(), older, ['fortunes', 'json']);
    expect(named.agrees).toBe(true);
    const confirmation = confirmationOf(older, named);
    expect(confirmation.unchecked).toEqual(['fortunes', 'json']);
    expect(confirmationText(confirmation, String, (id) => id.toUpperCase())).toMatch(
      /verdicts the same; 2 scenarios added since were not part of it \(FORTUNES; JSON\)$/,
    );
  });
});
