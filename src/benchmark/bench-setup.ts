/**
 * How the framework benchmark was run, as label and value pairs: date, machine and what else ran
 * on it, software versions, the database policy, the settings of each stage, and how a second
 * full run compared. One list for the page (<BenchmarkSetup />) and the Markdown twin, so the two
 * never describe the run differently.
 */
import type { Comparison } from './bench-compare.ts';
import { confirmationText } from './bench-confirmation.ts';
import { formatFigure } from './benchmark-chart.ts';
import type { BenchmarkResults } from './benchmark-schema.ts';
import { formatDate } from '../site/site.ts';

/** How the results' version keys are spelled for readers; an unknown key is shown as it is. */
const PACKAGE_NAMES: Record<string, string> = {
  python: 'Python',
  django: 'Django',
  flask: 'Flask',
  werkzeug: 'Werkzeug',
  jinja2: 'Jinja',
  sqlalchemy: 'SQLAlchemy',
  flaskSqlalchemy: 'Flask-SQLAlchemy',
  flaskWtf: 'Flask-WTF',
  flaskLogin: 'Flask-Login',
  gunicorn: 'Gunicorn',
  postgresql: 'PostgreSQL',
  valgrind: 'Valgrind',
  node: 'Node.js',
};

export function benchSetup(results: BenchmarkResults, comparisons: ReadonlyMap<string, Comparison>): [label: string, value: string][] {
  const { date, machine, versions, config: c, smoke, minutes, confirmation } = results;
  const fractions = c.http.rateFractions.map((f) => `${Math.round(f * 100)}%`).join(', ');
  return [
    [
      'Run on',
      `${formatDate(new Date(date))}, ${formatFigure(minutes, 1)} minutes${smoke ? ' (a smoke run: the figures mean nothing)' : ''}`,
    ],
    ['Hardware', `${machine.cpu}, ${machine.cores} cores, ${formatFigure(machine.memoryGiB, 1)} GiB of memory; ${machine.pinning}`],
    [
      'Other load',
      `${machine.background}; load average ${machine.loadAverage.before.join(' / ')} before, ${machine.loadAverage.after.join(' / ')} after`,
    ],
    ['Operating system', `${machine.os}, ${machine.kernel}`],
    [
      'Software',
      Object.entries(versions)
        .map(([name, version]) => `${PACKAGE_NAMES[name] ?? name} ${version}`)
        .join(', '),
    ],
    ['Database', c.database],
    [
      'Instructions',
      `${c.instructions.requests} requests counted per scenario after ${c.instructions.warmup} uncounted ones, ${c.instructions.repetitions} times`,
    ],
    [
      'CPU time',
      `${c.cpu.repetitions} batches of about ${c.cpu.batchMs} ms per app and path, after ${c.cpu.warmup} warm-up requests; the apps that scenarios compare take turns, and a path several scenarios share is timed once for all of them`,
    ],
    [
      'HTTP',
      `${c.http.workers} Gunicorn workers; wrk with ${c.http.wrkConnections} connections, ${c.http.peakRepetitions} × ${c.http.peakSeconds} s for the peak; an open-loop latency sweep (${c.http.stepSeconds} s steps at ${fractions} of that peak, a generator that sustains ${formatFigure(c.http.generatorLimit)} req/s against an empty server) kept in the results, not shown`,
    ],
    [
      'Second run',
      confirmationText(
        confirmation,
        (day) => formatDate(new Date(day)),
        (id) => results.scenarios.find((s) => s.id === id)?.label ?? id,
        (id) => {
          const compared = comparisons.get(id);
          return compared ? `${compared.measure}, ${compared.subject}` : id;
        },
      ),
    ],
  ];
}
