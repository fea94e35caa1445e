import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchComparisons } from '../../src/benchmark/bench-compare';
import { parseBenchmarkResults } from '../../src/benchmark/benchmark-results';
import { benchTable, estimateText } from '../../src/export/bench-markdown';
import { BENCH_TABLE_PARTS } from '../../src/benchmark/bench-table';
import { benchSetup } from '../../src/benchmark/bench-setup';

const results = parseBenchmarkResults(JSON.parse(readFileSync('content/benchmarks.json', 'utf8')), 'content/benchmarks.json');
const comparisons = benchComparisons(results);

describe('benchmark tables for the Markdown twins', () => {
  it('writes an interval after its figure, and a point estimate alone', () => {
    expect(estimateText({ value: 366, low: 325, high: 547 })).toBe('366 (325–547)');
    expect(estimateText({ value: 53.52, low: 53.52, high: 53.52 }, 1)).toBe('53.5');
  });

  it('gives every part a header and rows as wide as it', () => {
    for (const part of BENCH_TABLE_PARTS) {
      const { header, rows } = benchTable(part, results, comparisons);
      expect(rows.length, part).toBeGreaterThan(0);
      for (const row of rows) expect(row, part).toHaveLength(header.length);
    }
  });

  it('holds each scenario with its computed difference and each app with its measured footprint', () => {
    const inprocess = benchTable('inprocess', results, comparisons);
    expect(inprocess.rows.map((row) => row[0])).toEqual(results.scenarios.map((s) => s.label));
    const plaintext = inprocess.rows[results.scenarios.findIndex((s) => s.id === 'plaintext')]!;
    expect(plaintext[3]).toMatch(/^\d+\.\d\d( · (no measurable difference|too variable to compare))?$/);
    // The CPU columns give the figure the verdict compares (the lowest batch), as the page does.
    const cpu = comparisons.get('cpu.plaintext')!;
    expect(plaintext.slice(4, 6).map(Number)).toEqual([Math.round(cpu.django.value), Math.round(cpu.flask.value)]);
    expect(inprocess.caption).toMatch(/the lowest of \d+ batches/);
    const footprint = benchTable('footprint', results, comparisons);
    const first = results.apps[0]!;
    expect(footprint.rows[0]).toEqual([
      first.label,
      estimateText(results.coldStartCpuMs[first.id]!),
      estimateText(results.coldStartMs[first.id]!),
      estimateText(results.idleRssMiB[first.id]!, 1),
    ]);
  });

  it('rejects an unknown part, naming the parts there are', () => {
    expect(() => benchTable('latency', results, comparisons)).toThrow(/part="latency".*inprocess, http, footprint, stacks/);
  });

  it('lists how the run was made, ending with the second run it was checked against', () => {
    const setup = benchSetup(results, comparisons);
    expect(setup.map(([label]) => label)).toContain('Hardware');
    expect(setup.at(-1)?.[0]).toBe('Second run');
    expect(setup.at(-1)?.[1]).toMatch(/of \d+ verdicts the same/);
  });
});

describe('a verdict the confirming run did not reach', () => {
  it('reads too variable to compare, keeping its figures; the others keep their sides', () => {
    const decided = [...comparisons.values()].find((c) => c.favours !== 'none' && !c.decidedBy)!;
    const contested = benchComparisons({
      ...results,
      confirmation: { ...results.confirmation!, disagreements: [...results.confirmation!.disagreements, decided.id] },
    });
    expect(contested.get(decided.id)).toMatchObject({ favours: 'none', outcome: 'variable', django: decided.django, flask: decided.flask });
    const others = [...comparisons.values()].filter((c) => c.id !== decided.id);
    expect(others.every((c) => contested.get(c.id)!.favours === c.favours)).toBe(true);
  });
});
