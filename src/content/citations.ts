/** Splits a citation attribute (`"apidog edureka"` or `"apidog, edureka"`) into source ids. */
export function splitSourceIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Like splitSourceIds, for rendering: at least one id, each once. */
export function parseSourceIds(value: string): string[] {
  const ids = [...new Set(splitSourceIds(value))];
  if (ids.length === 0) throw new Error('a citation needs at least one source id');
  return ids;
}

/** A source as a page's citations show it: its number in the page's list, and what a reader needs to judge it. */
export interface NumberedSource {
  id: string;
  number: number;
  publisher: string;
  title: string;
  date: string;
}

/**
 * The sources a page cites, numbered 1, 2, 3... in the order given (the order of first
 * citation), each id once. `lookup` returns a source's data; an unknown id throws.
 */
export function numberSources(
  ids: readonly string[],
  lookup: (id: string) => Omit<NumberedSource, 'id' | 'number'> | undefined,
): NumberedSource[] {
  return [...new Set(ids)].map((id, index) => {
    const data = lookup(id);
    if (!data) throw new Error(`unknown source id "${id}"`);
    return { id, number: index + 1, publisher: data.publisher, title: data.title, date: data.date };
  });
}

/**
 * A citation marker's label: sorted numbers with runs of three or more as ranges, "1–3,5"; past
 * `maxParts` parts, the first ones and how many more sources, "1–3,5,+4" (the popover lists all).
 */
export function compactNumbers(numbers: readonly number[], maxParts = 3): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  // Each part: its label and how many numbers it stands for.
  const parts: { label: string; count: number }[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    if (j - i >= 2) parts.push({ label: `${sorted[i]}–${sorted[j]}`, count: j - i + 1 });
    else for (let k = i; k <= j; k += 1) parts.push({ label: `${sorted[k]}`, count: 1 });
    i = j + 1;
  }
  if (parts.length <= maxParts) return parts.map(({ label }) => label).join(',');
  const shown = parts.slice(0, maxParts);
  const rest = sorted.length - shown.reduce((sum, { count }) => sum + count, 0);
  return `${shown.map(({ label }) => label).join(',')},+${rest}`;
}
