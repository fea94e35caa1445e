/**
 * Conclusions computed from content/benchmarks.json, never typed: one comparison per metric,
 * with each framework's value and interval, which framework the figure favours (or none, when
 * the intervals are too close, and then whether that is because the figures are alike or
 * because they spread too widely to tell), and Django's value divided by Flask's. Chapters show them with
 * <Bench metric="…" /> and YAML text with {{bench:metric.field}}; the content check holds every
 * measured statement to them (src/benchmark/bench-claims.ts).
 */
import { SCENARIOS } from './bench-scenarios.ts';
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
  /** The framework whose figure is better, or 'none' when the intervals are too close. */
  favours: Framework | 'none';
  /** The full verdict: the favoured side, or why there is none (see outcomeOf). */
  outcome: Outcome;
  /**
   * Where the figure shown is not the one the verdict rests on (peak requests per second, whose
   * verdict is the server's CPU time per request), the comparison that decides: its verdict,
   * difference and side stand for this one's, its figures do not.
   */
  decidedBy?: Comparison;
  /** Django's value divided by Flask's, or null when Flask's is zero. */
  ratio: number | null;
  /** What was measured as a noun phrase for sentences: "a plain-text request". */
  context: string;
  /** Where, for figures taken through a server: "with Gunicorn’s sync workers"; else empty. */
  setting: string;
  /** How sentences name each side: "Django", or "a default Django project" for a footprint pair. */
  names: Record<Framework, string>;
}

const NAMES: Record<Framework, string> = { django: 'Django', flask: 'Flask' };

/**
 * How far apart two intervals must be before a difference is stated: the ratio of their nearer
 * ends (the worse side's best figure over the better side's worst). A count or a size repeats
 * exactly, so any gap will do. Every timed verdict rests on CPU time, and on its lowest
 * repetition (lowestOf), which moves with the machine's other work far less than the clock or a
 * median does. Across five full runs under load averages from 2 to 15 (December 2026):
 * - 'cpu', 20%: where the work waits on nothing (in-process requests without a query), the ratio
 *   of the two frameworks' lowest CPU times moved by at most 11%. Gunicorn's start takes the same
 *   margin, though counted in 10 ms ticks its ratios moved by up to a third over three runs; every
 *   pair stood at least 1.39 apart in each, so its verdicts held.
 * - 'waiting', 50%: work that waits on PostgreSQL on the same core is charged again for cold
 *   caches after every wait, the more so the busier the core: the one-query ratio in process
 *   went from 0.93 to 0.69.
 * - 'server', never: through Gunicorn, where every request also waits on the load generator's
 *   socket, the ratio of the lowest CPU times per request moved by up to ×2 (plain text with sync
 *   workers: 0.95, 1.27, 1.48, 2.0), as much as peak requests per second did (×1.9). Those
 *   figures are shown and never judged: too variable to compare on this machine.
 */
export const MINIMUM_SEPARATION = { exact: 1, cpu: 1.2, waiting: 1.5, server: Infinity } as const;
export type Noise = keyof typeof MINIMUM_SEPARATION;

/** A timed estimate as its lowest sample, the one least disturbed by other work (it only ever adds CPU time). */
export function lowestOf(estimate: Interval & { samples?: readonly number[] }): Interval {
  const lowest = estimate.samples?.length ? Math.min(...estimate.samples) : estimate.low;
  return { value: lowest, low: lowest, high: lowest };
}

/**
 * A comparison's verdict: the side its figure favours, or, when there is none, 'same' (no
 * measurable difference) or 'variable' (too variable to compare here). 'variable' where the
 * figure waits on another process, whose movement with the load is as large as the margin, or
 * where either interval is itself as wide as the margin, so that the measurement could not have
 * shown a difference of that size; 'same' where the intervals are tight and the gap within the
 * margin. A count or a size (margin 1) is never 'variable'.
 */
export type Outcome = Framework | 'same' | 'variable';

export function outcomeOf(django: Interval, flask: Interval, better: 'lower' | 'higher', noise: Noise = 'exact'): Outcome {
  const side = favoured(django, flask, better, noise);
  if (side !== 'none') return side;
  if (noise === 'waiting' || noise === 'server') return 'variable';
  const minimum = MINIMUM_SEPARATION[noise];
  const width = (i: Interval) => (i.low > 0 ? i.high / i.low : Infinity);
  return minimum > 1 && Math.max(width(django), width(flask)) >= minimum ? 'variable' : 'same';
}

/**
 * The framework a pair of intervals favours: none when they overlap or, for a timed figure,
 * when their nearer ends are closer than MINIMUM_SEPARATION[noise].
 */
export function favoured(django: Interval, flask: Interval, better: 'lower' | 'higher', noise: Noise = 'exact'): Framework | 'none' {
  const minimum = MINIMUM_SEPARATION[noise];
  // Each side's gap over the other, as a ratio of the nearer ends; above 1 means no overlap.
  const gap = (small: Interval, large: Interval) => (small.high > 0 ? large.low / small.high : Infinity);
  const clears = (small: Interval, large: Interval) => small.high < large.low && (minimum === 1 || gap(small, large) >= minimum);
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
  wording: { context: string; setting?: string; names?: Partial<Record<Framework, string>> } = { context: subject.toLowerCase() },
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
    outcome: outcomeOf(django, flask, better, noise),
    ratio: flask.value === 0 ? null : Number((django.value / flask.value).toFixed(2)),
    context: wording.context,
    setting: wording.setting ?? '',
    names: { ...NAMES, ...wording.names },
  };
}

const exact = (value: number): Interval => ({ value, low: value, high: value });

/** App variant pairs compared for cold start and idle memory. */
export const FOOTPRINT_PAIRS = {
  bare: {
    django: 'django-default',
    flask: 'flask-bare',
    label: 'Default Django project against bare Flask',
    names: { django: 'a default Django project', flask: 'bare Flask' },
  },
  orm: {
    django: 'django-default',
    flask: 'flask-orm',
    label: 'Default Django project against Flask with Flask-SQLAlchemy',
    names: { django: 'a default Django project', flask: 'Flask with Flask-SQLAlchemy' },
  },
  lean: {
    django: 'django-api',
    flask: 'flask-bare',
    label: 'Django with API middleware against bare Flask',
    names: { django: 'Django with API middleware only', flask: 'bare Flask' },
  },
  extensions: {
    django: 'django-default',
    flask: 'flask-extensions',
    label: 'Default Django project against Flask with sessions, CSRF and login',
    names: { django: 'a default Django project', flask: 'Flask with sessions, CSRF and login' },
  },
} as const;

/** Every comparison the results support, by id. */
export function benchComparisons(results: BenchmarkResults): Map<string, Comparison> {
  const all: Comparison[] = [];
  const wordingOf = (scenarioId: string, label: string) => {
    const known = SCENARIOS.find((s) => s.id === scenarioId);
    return { context: known?.request ?? `the ${label.toLowerCase()} scenario`, names: known?.names ?? {} };
  };
  for (const s of results.scenarios) {
    const wording = wordingOf(s.id, s.label);
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
          'exact',
          wording,
        ),
      );
    }
    const waits = SCENARIOS.find((known) => known.id === s.id)?.queries ? 'waiting' : 'cpu';
    all.push(
      compare(
        `cpu.${s.id}`,
        'CPU time per request',
        s.label,
        'µs',
        0,
        'lower',
        lowestOf(s.cpuUs.django),
        lowestOf(s.cpuUs.flask),
        waits,
        wording,
      ),
    );
  }
  const runsBy = new Map<string, Partial<Record<Framework, BenchmarkResults['http'][number]>>>();
  for (const run of results.http) {
    const key = `${run.server}.${run.scenario}`;
    runsBy.set(key, { ...runsBy.get(key), [run.framework]: run });
  }
  for (const [key, pair] of runsBy) {
    if (!pair.django || !pair.flask) continue;
    const [server, scenarioId] = key.split('.');
    const label = results.scenarios.find((s) => s.id === scenarioId)?.label ?? scenarioId ?? '';
    const subject = `${label}, Gunicorn ${server}`;
    const scenarioWording = wordingOf(scenarioId ?? '', label);
    const wording = { ...scenarioWording, setting: `with Gunicorn’s ${server} workers` };
    const serverCpu = compare(
      `serverCpu.${key}`,
      'server CPU time per request',
      subject,
      'µs',
      0,
      'lower',
      lowestOf(pair.django.serverCpuUsPerRequest),
      lowestOf(pair.flask.serverCpuUsPerRequest),
      'server',
      wording,
    );
    // The peak is shown with the server's CPU time per request from the same closed-loop runs,
    // and both read too variable to compare (MINIMUM_SEPARATION.server says why).
    const peak = compare(
      `peak.${key}`,
      'peak requests per second',
      subject,
      'req/s',
      0,
      'higher',
      pair.django.peakRequestsPerSecond,
      pair.flask.peakRequestsPerSecond,
      'server',
      wording,
    );
    all.push(serverCpu, { ...peak, favours: serverCpu.favours, outcome: serverCpu.outcome, decidedBy: serverCpu });
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
        'exact',
        wording,
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
      // CPU time, not wall time: a busy core stretches the wall time of a start, not its work.
      ['coldStart', 'CPU time to start', 'ms', 0, results.coldStartCpuMs, 'cpu'],
      ['idleMemory', 'memory of one idle worker', 'MiB', 1, results.idleRssMiB, 'exact'],
    ] as const;
    const timed = (kind: string, e: BenchmarkEstimate): Interval => (kind === 'coldStart' ? lowestOf(e) : e);
    for (const [kind, measure, unit, digits, record, noise] of measures) {
      const wording = { context: 'one sync worker', names: pair.names };
      all.push(
        compare(
          `${kind}.${pairId}`,
          measure,
          pair.label,
          unit,
          digits,
          'lower',
          timed(kind, get(record, pair.django)),
          timed(kind, get(record, pair.flask)),
          noise,
          wording,
        ),
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
      'exact',
      {
        context: 'the framework and what it requires',
        names: { django: 'Django with its dependencies', flask: 'Flask with its dependencies' },
      },
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
      'exact',
      { context: 'the whole benchmark virtualenv', names: { django: 'the Django virtualenv', flask: 'the Flask virtualenv' } },
    ),
  );
  // A side is stated only where the confirming run found it too: a verdict the two runs differ
  // on reads "too variable to compare", however tight this run's own figures are.
  const contested = new Set(results.confirmation?.disagreements ?? []);
  return new Map(all.map((c) => [c.id, contested.has(c.id) ? contestedComparison(c) : c]));
}

/** A comparison whose verdict the confirming run did not reach: its figures, no side. */
function contestedComparison(c: Comparison): Comparison {
  const decidedBy = c.decidedBy && contestedComparison(c.decidedBy);
  return { ...c, favours: 'none', outcome: 'variable', ...(decidedBy ? { decidedBy } : {}) };
}

/** What a reference can show of a comparison. */
export const BENCH_FIELDS = [
  'summary',
  'verdict',
  'Verdict',
  'difference',
  'favours',
  'django',
  'flask',
  'djangoFigure',
  'flaskFigure',
  'ratio',
  'edge',
  'djangoPerCore',
  'flaskPerCore',
] as const;
export type BenchField = (typeof BENCH_FIELDS)[number];

const figure = (c: Comparison, value: number) => `${formatFigure(value, c.digits)} ${c.unit}`;
const withInterval = (c: Comparison, i: Interval) =>
  i.low === i.high ? figure(c, i.value) : `${figure(c, i.value)} (${formatFigure(i.low, c.digits)}–${formatFigure(i.high, c.digits)})`;

/** The side a favoured comparison beats, and by what factor (the larger value over the smaller). */
function gapOf(c: Comparison, winner: Framework): { loserSide: Framework; factor: number } {
  const loserSide = winner === 'django' ? 'flask' : 'django';
  const [better, worse] = [c[winner].value, c[loserSide].value];
  const factor = better === 0 || worse === 0 ? Infinity : Math.max(better, worse) / Math.min(better, worse);
  return { loserSide, factor };
}

/**
 * How much more the costlier side takes, read from its side, as the factor the tables' "Django ÷
 * Flask" column gives (two places): "2.09 times as many instructions as", "1.46 times as much CPU
 * time as". One form for every size of gap, so prose and tables never need converting.
 */
function moreOf(factor: number, what: string, countable: boolean): string {
  if (!Number.isFinite(factor)) return `more ${what} than`;
  return `${formatFigure(factor, 2)} times as ${countable ? 'many' : 'much'} ${what} as`;
}

/** The same sentence with its first letter a capital, for a verdict that opens a sentence. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The verdict as a person would write it, from the side that costs more: "Django runs 2.09 times
 * as many instructions as Flask for a plain-text request", "Django spends 1.40 times as much CPU
 * time as Flask on …", "no measurable difference in CPU time for a one-query request", "the
 * server’s CPU time for … varies too much here to compare". Each measure has its own verb.
 */
export function verdictText(c: Comparison): string {
  if (c.decidedBy) return verdictText(c.decidedBy);
  const kind = c.id.split('.')[0] ?? '';
  if (c.favours === 'none') {
    const what: Record<string, string> = {
      instructions: `the instructions for ${c.context}`,
      cpu: `CPU time for ${c.context}`,
      serverCpu: `the server’s CPU time for ${c.context} ${c.setting}`.trimEnd(),
      memory: `memory per worker serving ${c.context} ${c.setting}`.trimEnd(),
      coldStart: `the CPU time to start ${c.context} between ${c.names.django} and ${c.names.flask}`,
      idleMemory: `idle memory between ${c.names.django} and ${c.names.flask}`,
    };
    const subject = what[kind] ?? `${c.measure} for ${c.context}`;
    if (c.outcome === 'same') return `no measurable difference in ${subject}`;
    const compared = kind === 'coldStart' ? `the start-up CPU time of ${c.names.django} against ${c.names.flask}` : subject;
    return `${compared} varies too much here to compare`;
  }
  const { loserSide, factor } = gapOf(c, c.favours);
  const winner = c.names[c.favours];
  const loser = c.names[loserSide];
  switch (kind) {
    case 'instructions':
      return `${loser} runs ${moreOf(factor, 'instructions', true)} ${winner} for ${c.context}`;
    case 'cpu':
      return `${loser} spends ${moreOf(factor, 'CPU time', false)} ${winner} on ${c.context}`;
    case 'serverCpu':
      return `serving ${c.context} ${c.setting}, ${loser} uses ${moreOf(factor, 'CPU time', false)} ${winner}`;
    case 'memory':
      return `a ${loser} worker holds ${moreOf(factor, 'memory', false)} a ${winner} one while serving ${c.context} ${c.setting}`.trimEnd();
    case 'coldStart':
      return `${loser} needs ${moreOf(factor, 'CPU time', false)} ${winner} to start ${c.context}`;
    case 'idleMemory':
      return `an idle worker of ${loser} holds ${moreOf(factor, 'memory', false)} one of ${winner}`;
    case 'install':
      return `${loser} takes ${moreOf(factor, 'disk space', false)} ${winner}`;
    default:
      return `${winner} comes out ${c.better} on ${c.measure} than ${loser} for ${c.context}${Number.isFinite(factor) ? ` (${formatFigure(factor, 1)}×)` : ''}`;
  }
}

/**
 * A "Django ÷ Flask" cell: Django's figure over Flask's to two places ("2.09", "0.71"), the one
 * direction every table and chart reads in, so a reader never converts "fewer" into "more".
 * Where the figures favour neither side, the reason follows the ratio: "0.97 · too variable to
 * compare", "1.01 · no measurable difference". A verdict decided by another comparison (peak
 * requests per second, by the server's CPU time) keeps its own figures' ratio, the row's column,
 * and takes that comparison's reason.
 */
export function differenceText(c: Comparison): string {
  const ratio = c.ratio === null ? 'n/a' : formatFigure(c.ratio, 2);
  const decider = c.decidedBy ?? c;
  if (decider.favours !== 'none') return ratio;
  return `${ratio} · ${decider.outcome === 'variable' ? 'too variable to compare' : 'no measurable difference'}`;
}

/**
 * What one fully busy core could serve at a side's CPU time per request, for capacity planning:
 * a million microseconds over the figure, rounded to tens ("1,700 requests a second"). Only a
 * time in µs has such a reading; any other measure throws, naming the metric.
 */
function perCore(c: Comparison, side: Framework): string {
  if (c.unit !== 'µs') throw new Error(`${c.id}: requests per core need a CPU time in µs, not ${c.unit}`);
  const value = c[side].value;
  return value > 0 ? `${formatFigure(Math.round(1e6 / value / 10) * 10)} requests a second` : 'n/a';
}

/** The text a `<Bench>` component or a `{{bench:id.field}}` token stands for. */
export function benchText(c: Comparison, field: BenchField): string {
  // A verdict decided by another comparison is stated with that comparison's own figures.
  if (c.decidedBy && field === 'summary') return benchText(c.decidedBy, field);
  switch (field) {
    case 'summary':
      return `${verdictText(c)}: Django ${withInterval(c, c.django)}, Flask ${withInterval(c, c.flask)}`;
    case 'verdict':
      return verdictText(c);
    case 'Verdict':
      return capitalised(verdictText(c));
    case 'difference':
      return differenceText(c);
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
    case 'djangoPerCore':
    case 'flaskPerCore':
      return perCore(c, field === 'djangoPerCore' ? 'django' : 'flask');
  }
}

/** `{{bench:cpu.plaintext.summary}}`; the field may be left out (summary). */
export const BENCH_REFERENCE = new RegExp(String.raw`\{\{\s*bench:([\w.-]+?)(?:\.(${BENCH_FIELDS.join('|')}))?\s*\}\}`, 'g');

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
