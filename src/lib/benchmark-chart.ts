/**
 * Geometry of the benchmark bar charts (src/components/BenchmarkChart.astro), worked out at
 * build time so that the page ships a finished SVG and no script. Each group (a scenario or a
 * server) gets one horizontal bar per framework, a whisker from the lowest to the highest
 * repetition, and the value written at the end of the bar, so the chart never relies on colour.
 */
import type { BenchmarkResults, BenchmarkSummary } from './benchmark-schema.ts';
import type { Framework } from './vocabulary.ts';

export interface ChartBarInput {
  framework: Framework;
  value: number;
  /** Spread over the repetitions, drawn as a whisker when given. */
  min?: number;
  max?: number;
  /** What to write after the bar, e.g. "Django 1,204". */
  text: string;
}

export interface ChartGroupInput {
  label: string;
  bars: ChartBarInput[];
}

export interface ChartBar extends ChartBarInput {
  y: number;
  width: number;
  whisker?: { x1: number; x2: number; y: number };
  textX: number;
  textY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Left edge of every bar (the zero line). */
  x0: number;
  barHeight: number;
  groups: { label: string; labelY: number; bars: ChartBar[] }[];
}

/** Units of the SVG's viewBox; the component scales it to the column width. */
const WIDTH = 560;
const LABEL_HEIGHT = 16;
const BAR_HEIGHT = 13;
const BAR_GAP = 3;
const GROUP_GAP = 10;
/** Room kept on the right for the value written after the longest bar. */
const TEXT_ROOM = 120;
const TEXT_GAP = 6;

export function layoutBarChart(groups: readonly ChartGroupInput[]): ChartLayout {
  const x0 = 0;
  const top = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => Math.max(b.value, b.max ?? 0))));
  const scale = top > 0 ? (WIDTH - TEXT_ROOM - x0) / top : 0;
  let y = 0;
  const laidOut = groups.map((group) => {
    const labelY = y + LABEL_HEIGHT - 5;
    y += LABEL_HEIGHT;
    const bars = group.bars.map((bar): ChartBar => {
      const barY = y;
      y += BAR_HEIGHT + BAR_GAP;
      const width = bar.value * scale;
      const whisker =
        bar.min !== undefined && bar.max !== undefined && bar.max > bar.min
          ? { x1: x0 + bar.min * scale, x2: x0 + bar.max * scale, y: barY + BAR_HEIGHT / 2 }
          : undefined;
      const end = Math.max(x0 + width, whisker?.x2 ?? 0);
      return { ...bar, y: barY, width, ...(whisker && { whisker }), textX: end + TEXT_GAP, textY: barY + BAR_HEIGHT - 3 };
    });
    y += GROUP_GAP - BAR_GAP;
    return { label: group.label, labelY, bars };
  });
  return { width: WIDTH, height: Math.max(y - GROUP_GAP + BAR_GAP, 1), x0, barHeight: BAR_HEIGHT, groups: laidOut };
}

/** A figure as the chapter prints it: thousands separated, at most `digits` decimals. */
export function formatFigure(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Bytes as MB (10^6, as pip and most tools report sizes), one decimal. */
export function formatMegabytes(bytes: number): string {
  return `${formatFigure(bytes / 1e6, 1)} MB`;
}

/** The measures the chapter charts: one per scenario, or per server for cold starts. */
export const CHART_METRICS = {
  requestsPerSecond: { title: 'Requests per second (higher is better)', unit: 'req/s', digits: 0 },
  cpuMsPerRequest: { title: 'Server CPU time per request (lower is better)', unit: 'ms', digits: 2 },
  latencyP50Ms: { title: 'Median latency, p50 (lower is better)', unit: 'ms', digits: 1 },
  latencyP99Ms: { title: 'Tail latency, p99 (lower is better)', unit: 'ms', digits: 1 },
  rssPerWorkerMiB: { title: 'Resident memory per worker (lower is better)', unit: 'MiB', digits: 1 },
  coldStartMs: { title: 'Cold start: process start to first 200 (lower is better)', unit: 'ms', digits: 0 },
} as const;

export type ChartMetric = keyof typeof CHART_METRICS;

export function isChartMetric(name: string): name is ChartMetric {
  return Object.hasOwn(CHART_METRICS, name);
}

const FRAMEWORK_NAMES: Record<Framework, string> = { django: 'Django', flask: 'Flask' };

function bar(framework: Framework, summary: BenchmarkSummary, metric: ChartMetric): ChartBarInput {
  const { unit, digits } = CHART_METRICS[metric];
  return {
    framework,
    value: summary.median,
    min: summary.min,
    max: summary.max,
    text: `${FRAMEWORK_NAMES[framework]} ${formatFigure(summary.median, digits)} ${unit}`,
  };
}

/** The bars of one chart: Django then Flask for every scenario, or every server variant. */
export function chartGroups(results: BenchmarkResults, metric: ChartMetric): ChartGroupInput[] {
  if (metric === 'coldStartMs') {
    return results.servers.map((server) => ({ label: server.label, bars: [bar(server.framework, server.coldStartMs, metric)] }));
  }
  return results.scenarios.map((scenario) => ({
    label: scenario.label,
    bars: (['django', 'flask'] as const).map((framework) => bar(framework, scenario[framework][metric], metric)),
  }));
}
