/**
 * Geometry of the benchmark bar charts (src/benchmark/BenchmarkChart.astro), worked out at
 * build time so the page ships finished markup and no script. Every text (labels, values, axis,
 * legend) is HTML at the page's own size, so it stays readable at any width; only the bars,
 * whiskers and gridlines are SVG, stretched to the column. Positions are percentages of a shared
 * axis that runs from 0 to a round maximum.
 */

export interface ChartBarInput {
  framework: 'django' | 'flask';
  value: number;
  low: number;
  high: number;
  /** What to write beside the bar, e.g. "Django 152 µs". */
  text: string;
}

export interface ChartGroupInput {
  label: string;
  bars: ChartBarInput[];
}

export interface ChartBar extends ChartBarInput {
  /** Bar length and whisker ends as percentages of the axis. */
  width: number;
  whiskerFrom: number;
  whiskerTo: number;
}

export interface ChartLayout {
  /** The axis: its maximum and its ticks as [value, percent]. */
  max: number;
  ticks: { value: number; percent: number }[];
  groups: { label: string; bars: ChartBar[] }[];
}

/** The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const percent = (value: number, max: number) => Number(((Math.min(value, max) / max) * 100).toFixed(2));

export function layoutBarChart(groups: readonly ChartGroupInput[], tickCount = 4): ChartLayout {
  const top = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => Math.max(b.value, b.high))));
  const max = niceCeiling(top);
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => {
    const value = (max / tickCount) * i;
    return { value, percent: percent(value, max) };
  });
  return {
    max,
    ticks,
    groups: groups.map((group) => ({
      label: group.label,
      bars: group.bars.map((bar) => ({
        ...bar,
        width: percent(bar.value, max),
        whiskerFrom: percent(bar.low, max),
        whiskerTo: percent(bar.high, max),
      })),
    })),
  };
}

/** A figure as the chapter prints it: thousands separated, at most `digits` decimals. */
export function formatFigure(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A tick label: short (12k, 1.5k) so that five fit across a phone. */
export function formatTick(value: number): string {
  if (value >= 1e6) return `${formatFigure(value / 1e6, value % 1e6 ? 1 : 0)}M`;
  if (value >= 1e4) return `${formatFigure(value / 1e3, value % 1e3 ? 1 : 0)}k`;
  return formatFigure(value, Number.isInteger(value) ? 0 : 1);
}

/** A bar's value, short enough for a phone: 616.5k, 27.37M, or the figure itself below 10,000. */
export function formatCompact(value: number, digits = 0): string {
  if (value >= 1e6) return `${formatFigure(value / 1e6, 2)}M`;
  if (value >= 1e4) return `${formatFigure(value / 1e3, 1)}k`;
  return formatFigure(value, digits);
}

/** Bytes as MB (10^6, as pip and most tools report sizes), one decimal. */
export function formatMegabytes(bytes: number): string {
  return `${formatFigure(bytes / 1e6, 1)} MB`;
}
