/**
 * Conclusions computed from content/benchmarks.json, never typed: one comparison per metric,
 * with each framework's value and interval, which framework the figure favours (or none, when
 * the intervals overlap), and Django's value divided by Flask's. Chapters show them with
 * <Bench metric="…" /> and YAML text with {{bench:metric.field}}; the content check holds every
 * measured statement to them (src/benchmark/bench-claims.ts).
 */
import { formatFigure } from './benchmark-chart.ts';
import type { BenchmarkEstimate, BenchmarkResults } from './benchmark-schema.ts';
import type { Framework } from '../site/vocabulary.ts';

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export interface Comparison {
  /** e.g. `cpu.plaintext`, `coldStart.bare`, `install.framework`. */
  id: string;
  /** What is measured, for a sentence: "CPU time per request (plain text)". */
  label: string;
  /** The measure alone ("CPU time per request") and what it was measured on ("Plain text"). */
  measure: string;
  subject: string;
  unit: string;
  digits: number;
  /** Whether a lower or a higher figure is the better one. */
  better: 'lower' | 'higher';
  django: Interval;
  flask: Interval;
  /** The framework whose figure is better, or 'none' when the intervals overlap. */
  favours: Framework | 'none';
  /** Django's value divided by Flask's, or null when Flask's is zero. */
  ratio: number | null;
}

const NAMES: Record<Framework, string> = { django: 'Django', flask: 'Flask' };

/**
 * How far apart two intervals must be before a difference is stated: the ratio of their nearer
 * ends (the worse side's best figure over the better side's worst). A count or a size repeats
 * exactly, so any gap will do. A timed figure moves with the machine's other work: between two
 * full runs under different load (December 2026), pairs of CPU-time intervals 9–13% apart in one
 * run overlapped in the other, and peak throughput intervals 22% apart in one run overlapped in
 * the other, the ratio itself moving by up to ×1.9. The thresholds sit above the widest gap that
 * flipped, with a margin: 20% for CPU time in process, 50% for figures taken through a server
 * (peak throughput, cold start), which also time the scheduler and the network stack.
 */
export const MINIMUM_SEPARATION = { exact: 1, cpu: 1.2, server: 1.5 } as const;
export type Noise = keyof typeof MINIMUM_SEPARATION;

/**
 * The framework a pair of intervals favours: none when they overlap or, for a timed figure,
 * when their nearer ends are closer than MINIMUM_SEPARATION[noise].
 */
export function favoured(
  django: Interval,
  flask: Interval,
  better: 'lower' | 'higher',
  noise: Noise = 'exact',
): Framework | 'none' {
  const minimum = MINIMUM_SEPARATION[noise];
  // Each side's gap over the other, as a ratio of the nearer ends; above 1 means no overlap.
  const gap = (small: Interval, large: Interval) => (small.high > 0 ? large.low / small.high : Infinity);
  const clears = (small: Interval, large: Interval) =>
    small.high < large.low && (minimum === 1 || gap(small, large) >= minimum);
  if (clears(django, flask)) return better === 'lower' ? 'django' : 'flask';
  if (clears(flask, django)) return better === 'lower' ? 'flask' : 'django';
  return 'none';
}

function compare(
  id: string,
  measure: string,
  subject: string,
  unit: string,
  digits: number,
  better: 'lower' | 'higher',
  django: Interval,
  flask: Interval,
  noise: Noise = 'exact',
): Comparison {
  const interval = ({ value, low, high }: Interval) => ({ value, low, high });
  const lowerSubject = subject.charAt(0).toLowerCase() + subject.slice(1);
  return {
    id,
    label: `${measure} (${lowerSubject})`,
    measure,
    subject,
    unit,
    digits,
    better,
    django: interval(django),
    flask: interval(flask),
    favours: favoured(django, flask, better, noise),
    ratio: flask.value === 0 ? null : Number((django.value / flask.value).toFixed(2)),
  };
}

const exact = (value: number): Interval => ({ value, low: value, high: value });

/** App variant pairs compared for cold start and idle memory. */
export const FOOTPRINT_PAIRS = {
  bare: { django: 'django-default', flask: 'flask-bare', label: 'Default Django project against bare Flask' },
  orm: { django: 'django-default', flask: 'flask-orm', label: 'Default Django project against Flask with Flask-SQLAlchemy' },
  lean: { django: 'django-api', flask: 'flask-bare', label: 'Django with API middleware against bare Flask' },
  extensions: {
    django: 'django-default',
    flask: 'flask-extensions',
    label: 'Default Django project against Flask with sessions, CSRF and login',
  },
} as const;

/** Every comparison the results support, by id. */
export function benchComparisons(results: BenchmarkResults): Map<string, Comparison> {
  const all: Comparison[] = [];
  for (const s of results.scenarios) {
    if (s.instructions) {
      all.push(
        compare(
          `instructions.${s.id}`,
          'instructions per request',
          s.label,
          'instructions',
          0,
          'lower',
          s.instructions.django,
          s.instructions.flask,
        ),
      );
    }
    all.push(compare(`cpu.${s.id}`, 'CPU time per request', s.label, 'µs', 0, 'lower', s.cpuUs.django, s.cpuUs.flask, 'cpu'));
  }
  const runsBy = new Map<string, Partial<Record<Framework, BenchmarkResults['http'][number]>>>();
  for (const run of results.http) {
    const key = `${run.server}.${run.scenario}`;
    runsBy.set(key, { ...runsBy.get(key), [run.framework]: run });
  }
  for (const [key, pair] of runsBy) {
    if (!pair.django || !pair.flask) continue;
    const [server, scenarioId] = key.split('.');
    const subject = `${results.scenarios.find((s) => s.id === scenarioId)?.label ?? scenarioId}, Gunicorn ${server}`;
    all.push(
      compare(
        `peak.${key}`,
        'peak requests per second',
        subject,
        'req/s',
        0,
        'higher',
        pair.django.peakRequestsPerSecond,
        pair.flask.peakRequestsPerSecond,
        'server',
      ),
    );
    all.push(
      compare(
        `memory.${key}`,
        'memory per worker under load',
        subject,
        'MiB',
        1,
        'lower',
        pair.django.rssPerWorkerMiB,
        pair.flask.rssPerWorkerMiB,
      ),
    );
  }
  for (const [pairId, pair] of Object.entries(FOOTPRINT_PAIRS)) {
    const get = (record: Record<string, BenchmarkEstimate>, variant: string) => {
      const found = record[variant];
      if (!found) throw new Error(`content/benchmarks.json: no figure for app variant "${variant}"`);
      return found;
    };
    const measures = [
      ['coldStart', 'cold start', 'ms', 0, results.coldStartMs, 'server'],
      ['idleMemory', 'memory of one idle worker', 'MiB', 1, results.idleRssMiB, 'exact'],
    ] as const;
    for (const [kind, measure, unit, digits, record, noise] of measures) {
      all.push(
        compare(`${kind}.${pairId}`, measure, pair.label, unit, digits, 'lower', get(record, pair.django), get(record, pair.flask), noise),
      );
    }
  }
  const { django, flask } = results.install;
  all.push(
    compare(
      'install.framework',
      'install size',
      'The framework and what it requires',
      'MB',
      1,
      'lower',
      exact(django.frameworkBytes / 1e6),
      exact(flask.frameworkBytes / 1e6),
    ),
  );
  all.push(
    compare(
      'install.virtualenv',
      'install size',
      'The whole benchmark virtualenv',
      'MB',
      1,
      'lower',
      exact(django.bytes / 1e6),
      exact(flask.bytes / 1e6),
    ),
  );
  return new Map(all.map((c) => [c.id, c]));
}

/** What a reference can show of a comparison. */
export const BENCH_FIELDS = ['summary', 'verdict', 'favours', 'django', 'flask', 'djangoFigure', 'flaskFigure', 'ratio', 'edge'] as const;
export type BenchField = (typeof BENCH_FIELDS)[number];

const figure = (c: Comparison, value: number) => `${formatFigure(value, c.digits)} ${c.unit}`;
const withInterval = (c: Comparison, i: Interval) =>
  i.low === i.high ? figure(c, i.value) : `${figure(c, i.value)} (${formatFigure(i.low, c.digits)}–${formatFigure(i.high, c.digits)})`;

/** "1.6×" with the direction spelt out, or the words for no measurable difference. */
export function verdictText(c: Comparison): string {
  if (c.favours === 'none') return `no measurable difference in ${c.label}`;
  const winner = NAMES[c.favours];
  const loser = NAMES[c.favours === 'django' ? 'flask' : 'django'];
  const winnerValue = c[c.favours].value;
  const loserValue = c[c.favours === 'django' ? 'flask' : 'django'].value;
  const times = winnerValue === 0 ? '' : `, ${formatFigure(Math.max(winnerValue, loserValue) / Math.min(winnerValue, loserValue), 1)}×`;
  const adjective = c.better === 'lower' ? 'lower' : 'higher';
  // "instructions per request are lower", "CPU time per request is lower"
  const verb = /^(instructions|peak requests)/.test(c.measure) ? 'are' : 'is';
  return `${winner}'s ${c.label} ${verb} ${adjective} than ${loser}'s${times}`;
}

/** The text a `<Bench>` component or a `{{bench:id.field}}` token stands for. */
export function benchText(c: Comparison, field: BenchField): string {
  switch (field) {
    case 'summary':
      return `${verdictText(c)}: Django ${withInterval(c, c.django)}, Flask ${withInterval(c, c.flask)}`;
    case 'verdict':
      return verdictText(c);
    case 'favours':
      return c.favours === 'none' ? 'neither' : NAMES[c.favours];
    case 'django':
      return withInterval(c, c.django);
    case 'flask':
      return withInterval(c, c.flask);
    case 'djangoFigure':
      return figure(c, c.django.value);
    case 'flaskFigure':
      return figure(c, c.flask.value);
    case 'ratio':
      return c.ratio === null ? 'n/a' : `${formatFigure(c.ratio, 2)}×`;
    case 'edge':
      return c.favours === 'none' ? 'tie' : c.favours;
  }
}

/** `{{bench:cpu.plaintext.summary}}`; the field may be left out (summary). */
export const BENCH_REFERENCE =
  /\{\{\s*bench:([\w.-]+?)(?:\.(summary|verdict|favours|django|flask|djangoFigure|flaskFigure|ratio|edge))?\s*\}\}/g;

/** Resolves every bench reference in a string; an unknown metric throws naming the ones there are. */
export function resolveBenchReferences(text: string, comparisons: ReadonlyMap<string, Comparison>): string {
  return text.replace(BENCH_REFERENCE, (whole, id: string, field: BenchField | undefined) =>
    benchText(lookupComparison(comparisons, id, whole), field ?? 'summary'),
  );
}

export function lookupComparison(comparisons: ReadonlyMap<string, Comparison>, id: string, where: string): Comparison {
  const found = comparisons.get(id);
  if (!found) {
    const prefix = id.split('.')[0] ?? '';
    const near = [...comparisons.keys()].filter((k) => k.startsWith(`${prefix}.`)).slice(0, 12);
    throw new Error(
      `${where}: unknown benchmark metric "${id}"; ${near.length ? `try ${near.join(', ')}` : `metrics are ${[...comparisons.keys()].slice(0, 12).join(', ')} …`}`,
    );
  }
  return found;
}
