/**
 * Two runs' agreement (src/benchmark/bench-agreement.ts): counts within 1%, the same verdicts,
 * and every scenario present in both; built on the committed results, altered one way at a time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRuns, formatAgreement } from '../../src/benchmark/bench-agreement';
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
    expect(formatAgreement(agreement, ['a.json', 'b.json'])).toMatch(/comparisons favouring the same side: (\d+) of \1\nthe runs agree$/);
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

  it('reject a scenario missing from one run', () => {
    const fewer = fresh();
    fewer.scenarios = fewer.scenarios.filter((s) => s.id !== 'fortunes');
    const agreement = compareRuns(fresh(), fewer);
    expect(agreement.agrees).toBe(false);
    expect(agreement.unmatched).toContain('instructions.fortunes');
  });
});
