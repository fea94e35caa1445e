/** Pure logic of the CodePair tabs (src/guide/code-pair.ts): the stored framework choice and keyboard moves. */

/** localStorage key of the framework the reader last picked; shared by every CodePair. */
export const FRAMEWORK_STORAGE_KEY = 'dvf:framework';

/** A stored (or otherwise untrusted) value, if it names one of the `known` frameworks. */
export function parseFrameworkChoice<T extends string>(value: unknown, known: readonly T[]): T | undefined {
  return typeof value === 'string' ? known.find((framework) => framework === value) : undefined;
}

/**
 * The tab a key moves to in a horizontal tablist (WAI-ARIA tabs pattern): Left and Right wrap
 * around, Home and End go to the ends. Undefined for any other key, which keeps its usual meaning.
 */
export function tabIndexForKey(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
