/**
 * The text of a <Bench> reference (src/benchmark/bench-figure.ts): a comparison's field, or with
 * `over` the ratio of two scenarios for one framework, and a clear error for every misuse.
 */
import { describe, expect, it } from 'vitest';
import { benchFigureText } from '../../src/benchmark/bench-figure';
import type { Comparison } from '../../src/benchmark/bench-compare';

const pair = (id: string, django: number, flask: number, unit = 'instructions'): [string, Comparison] => [
  id,
  {
    id,
    label: id,
    measure: 'instructions per request',
    subject: 'Subject',
    unit,
    digits: 0,
    better: 'lower',
    django: { value: django, low: django, high: django },
    flask: { value: flask, low: flask, high: flask },
    favours: django < flask ? 'django' : 'flask',
    outcome: django < flask ? 'django' : 'flask',
    ratio: django / flask,
    context: 'a test request',
    setting: '',
    names: { django: 'Django', flask: 'Flask' },
  },
];

const COMPARISONS = new Map([
  pair('instructions.naive', 21_000_000, 16_800_000),
  pair('instructions.fixed', 3_600_000, 3_300_000),
  pair('instructions.zero', 0, 0),
  pair('cpu.fixed', 800, 700, 'µs'),
]);

describe('benchFigureText', () => {
  it('shows a field of one comparison, the summary when none is named', () => {
    expect(benchFigureText(COMPARISONS, { metric: 'instructions.fixed', show: 'difference' })).toBe('1.09');
    expect(benchFigureText(COMPARISONS, { metric: 'instructions.fixed' })).toMatch(
      /^Django runs 1.09 times as many instructions as Flask for a test request/,
    );
  });

  it('with over, gives how many times one scenario costs another for the side named', () => {
    expect(benchFigureText(COMPARISONS, { metric: 'instructions.naive', over: 'instructions.fixed', show: 'django' })).toBe('5.8×');
    expect(benchFigureText(COMPARISONS, { metric: 'instructions.naive', over: 'instructions.fixed', show: 'flask' })).toBe('5.1×');
    expect(benchFigureText(COMPARISONS, { metric: 'instructions.naive', over: 'instructions.zero', show: 'flask' })).toBe('n/a');
  });

  it('rejects an unknown field, a ratio without a side, mixed units and unknown metrics, naming the reference', () => {
    expect(() => benchFigureText(COMPARISONS, { metric: 'instructions.fixed', show: 'nope' })).toThrow(/show="nope".*unknown show/);
    expect(() => benchFigureText(COMPARISONS, { metric: 'instructions.naive', over: 'instructions.fixed', show: 'verdict' })).toThrow(
      /with over, show must be django or flask/,
    );
    expect(() => benchFigureText(COMPARISONS, { metric: 'instructions.naive', over: 'cpu.fixed', show: 'django' })).toThrow(
      /different units/,
    );
    expect(() => benchFigureText(COMPARISONS, { metric: 'instructions.naive', over: 'instructions.gone', show: 'django' })).toThrow(
      /unknown benchmark metric "instructions.gone"/,
    );
  });
});
