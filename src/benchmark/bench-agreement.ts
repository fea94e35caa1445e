/**
 * Whether two full benchmark runs agree (`npm run bench:agree -- A.json B.json`): every
 * instruction count within INSTRUCTION_TOLERANCE of the other run's, and every computed
 * comparison (src/benchmark/bench-compare.ts) reaching the same verdict in both: the same side,
 * or in both no measurable difference, or in both too variable to compare. Pure: the command in
 * bench-agree.ts reads the files and prints what this returns, and `confirmationOf` is what the
 * published results keep of the run that confirmed them. Scenarios the published run adds to the
 * harness after the confirming run must be named (`added`): they are left unchecked, not
 * disagreements, so a scenario dropped by mistake still fails.
 */
import { benchComparisons, type Outcome } from './bench-compare.ts';
import type { BenchmarkConfirmation, BenchmarkResults } from './benchmark-schema.ts';
import type { Framework } from '../site/vocabulary.ts';

/** Instruction counts measure work, not time: two runs must agree to within 1%. */
export const INSTRUCTION_TOLERANCE = 0.01;

export interface CountRow {
  scenario: string;
  framework: Framework;
  a: number;
  b: number;
  /** |a − b| / a, as a fraction. */
  difference: number;
  agrees: boolean;
}

export interface VerdictRow {
  id: string;
  a: Outcome;
  b: Outcome;
  agrees: boolean;
}

export interface Agreement {
  counts: CountRow[];
  verdicts: VerdictRow[];
  /** What is in one run and not the other (a scenario or comparison id), each a disagreement. */
  unmatched: string[];
  /** Scenarios named as added since the confirming run and found only in the published one. */
  unchecked: string[];
  agrees: boolean;
}

/** The scenario a comparison id measures: its last part (`cpu.query`, `serverCpu.sync.query`). */
const scenarioOf = (comparisonId: string) => comparisonId.split('.').at(-1) ?? '';

export function compareRuns(a: BenchmarkResults, b: BenchmarkResults, added: readonly string[] = []): Agreement {
  const counts: CountRow[] = [];
  const unmatched: string[] = [];
  const unchecked = added.filter((id) => a.scenarios.some((s) => s.id === id) && !b.scenarios.some((s) => s.id === id));
  for (const scenario of a.scenarios) {
    if (unchecked.includes(scenario.id)) continue;
    const other = b.scenarios.find((s) => s.id === scenario.id);
    if (!other?.instructions || !scenario.instructions) {
      unmatched.push(`instructions.${scenario.id}`);
      continue;
    }
    for (const framework of ['django', 'flask'] as const) {
      const countA = scenario.instructions[framework].value;
      const countB = other.instructions[framework].value;
      const difference = countA === 0 ? (countB === 0 ? 0 : Infinity) : Math.abs(countA - countB) / countA;
      counts.push({ scenario: scenario.id, framework, a: countA, b: countB, difference, agrees: difference <= INSTRUCTION_TOLERANCE });
    }
  }
  for (const scenario of b.scenarios) {
    if (!a.scenarios.some((s) => s.id === scenario.id)) unmatched.push(`instructions.${scenario.id}`);
  }
  const comparisonsA = benchComparisons(a);
  const comparisonsB = benchComparisons(b);
  const verdicts: VerdictRow[] = [];
  for (const [id, comparison] of comparisonsA) {
    const other = comparisonsB.get(id);
    if (!other && unchecked.includes(scenarioOf(id))) continue;
    if (!other) {
      unmatched.push(id);
      continue;
    }
    verdicts.push({ id, a: comparison.outcome, b: other.outcome, agrees: comparison.outcome === other.outcome });
  }
  for (const id of comparisonsB.keys()) if (!comparisonsA.has(id)) unmatched.push(id);
  const agrees = unmatched.length === 0 && counts.every((row) => row.agrees) && verdicts.every((row) => row.agrees);
  return { counts, verdicts, unmatched, unchecked, agrees };
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

const largestOf = (counts: readonly CountRow[]) =>
  counts.reduce<CountRow | undefined>((max, r) => (!max || r.difference > max.difference ? r : max), undefined);

/** What the published results keep of the run that confirmed them: when, under what load, how closely. */
export function confirmationOf(confirming: BenchmarkResults, agreement: Agreement): BenchmarkConfirmation {
  const largest = largestOf(agreement.counts);
  return {
    date: confirming.date,
    minutes: confirming.minutes,
    loadAverage: confirming.machine.loadAverage,
    instructionCounts: agreement.counts.length,
    instructionCountsWithin: agreement.counts.filter((r) => r.agrees).length,
    largestInstructionDifference: largest ? Number(largest.difference.toFixed(5)) : 0,
    largestInstructionDifferenceAt: largest ? `${largest.framework} ${largest.scenario}` : 'none',
    verdicts: agreement.verdicts.length,
    verdictsAgreed: agreement.verdicts.filter((r) => r.agrees).length,
    disagreements: [...agreement.verdicts.filter((r) => !r.agrees).map((r) => r.id), ...agreement.unmatched],
    unchecked: agreement.unchecked,
  };
}

/** The agreement as plain-text tables, disagreements marked, with a one-line summary at the end. */
export function formatAgreement(agreement: Agreement, names: [string, string]): string {
  const [nameA, nameB] = names;
  const mark = (ok: boolean) => (ok ? 'ok' : 'DISAGREES');
  const table = (header: string[], rows: string[][]) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    return [header, ...rows]
      .map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n');
  };
  const countTable = table(
    ['scenario', 'framework', nameA, nameB, 'difference', ''],
    agreement.counts.map((r) => [
      r.scenario,
      r.framework,
      String(Math.round(r.a)),
      String(Math.round(r.b)),
      percent(r.difference),
      mark(r.agrees),
    ]),
  );
  const verdictTable = table(
    ['comparison', nameA, nameB, ''],
    agreement.verdicts.map((r) => [r.id, r.a, r.b, mark(r.agrees)]),
  );
  const countsOk = agreement.counts.filter((r) => r.agrees).length;
  const verdictsOk = agreement.verdicts.filter((r) => r.agrees).length;
  const largest = largestOf(agreement.counts);
  const summary = [
    `instruction counts within ${percent(INSTRUCTION_TOLERANCE)}: ${countsOk} of ${agreement.counts.length}` +
      (largest ? ` (largest difference ${percent(largest.difference)}, ${largest.framework} ${largest.scenario})` : ''),
    `comparisons with the same verdict: ${verdictsOk} of ${agreement.verdicts.length}`,
    ...(agreement.unmatched.length ? [`in one run only: ${agreement.unmatched.join(', ')}`] : []),
    ...(agreement.unchecked.length ? [`added since, not checked: ${agreement.unchecked.join(', ')}`] : []),
    agreement.agrees ? 'the runs agree' : 'the runs DISAGREE',
  ];
  return [
    `Instructions per request\n${countTable}`,
    `Comparisons (verdict: the side favoured, same, or variable)\n${verdictTable}`,
    summary.join('\n'),
  ].join('\n\n');
}
