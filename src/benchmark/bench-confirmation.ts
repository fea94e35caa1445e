/**
 * The sentence the benchmark set-up gives about the second full run the published figures were
 * checked against (`confirmation` in content/benchmarks.json, written by `npm run bench:agree --
 * A B --publish FILE`): stated from the stored summary, never typed.
 */
import { formatFigure } from './benchmark-chart.ts';
import type { BenchmarkConfirmation } from './benchmark-schema.ts';

const FRAMEWORK_NAMES: Record<string, string> = { django: 'Django', flask: 'Flask' };

export function confirmationText(
  confirmation: BenchmarkConfirmation | undefined,
  formatDay: (isoDate: string) => string,
  /** A scenario's label by id, for the scenarios added since the confirming run. */
  labelOf: (scenarioId: string) => string = (id) => id,
  /** A comparison's name by id ("CPU time to start, …"), for the verdicts that differed. */
  comparisonName: (comparisonId: string) => string = (id) => id,
): string {
  if (!confirmation) return 'none: these figures have not been checked against a second full run';
  const c = confirmation;
  const [framework = '', scenario = ''] = c.largestInstructionDifferenceAt.split(' ');
  const where = scenario ? `${FRAMEWORK_NAMES[framework] ?? framework}, ${scenario}` : c.largestInstructionDifferenceAt;
  const load = `load average ${c.loadAverage.before.join(' / ')} before, ${c.loadAverage.after.join(' / ')} after`;
  const percent = `${formatFigure(c.largestInstructionDifference * 100, 2)}%`;
  const differing = c.disagreements.length ? `; different: ${c.disagreements.map(comparisonName).join('; ')}` : '';
  const unchecked = c.unchecked.length
    ? `; ${c.unchecked.length === 1 ? 'one scenario' : `${c.unchecked.length} scenarios`} added since were not part of it (${c.unchecked.map(labelOf).join('; ')})`
    : '';
  return (
    `${formatDay(c.date)}, ${formatFigure(c.minutes, 1)} minutes, ${load}: ` +
    `${c.instructionCountsWithin} of ${c.instructionCounts} instruction counts within 1% of these (largest difference ${percent}, ${where}), ` +
    `and ${c.verdictsAgreed} of ${c.verdicts} verdicts the same${differing}${unchecked}`
  );
}
