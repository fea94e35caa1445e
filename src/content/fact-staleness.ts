/**
 * What `npm run facts:check` decides for one registry entry: given every release a package has
 * on PyPI, is there a newer final release than the registry's value (of its series, if it names
 * one)? Pure, so it is unit-tested; the script does the network part.
 */
import type { Fact } from './fact-schema.ts';

/** Final releases only (no a/b/rc/dev/post suffix), as numeric tuples. */
function finalParts(version: string): number[] | undefined {
  return /^\d+(\.\d+)*$/.test(version) ? version.split('.').map(Number) : undefined;
}

function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The newest final release, of `fact.series` when set. */
export function newestRelease(fact: Pick<Fact, 'series'>, releases: readonly string[]): string | undefined {
  const candidates = releases
    .filter((version) => finalParts(version) && (!fact.series || version === fact.series || version.startsWith(`${fact.series}.`)))
    .sort((a, b) => compareParts(finalParts(b)!, finalParts(a)!));
  return candidates[0];
}

/** The newer release when the registry's value is stale; undefined when it is current. */
export function newerRelease(fact: Pick<Fact, 'series' | 'value'>, releases: readonly string[]): string | undefined {
  const newest = newestRelease(fact, releases);
  const current = finalParts(fact.value);
  if (!newest || !current) return newest;
  return compareParts(finalParts(newest)!, current) > 0 ? newest : undefined;
}

/** How old a person's check may get before `facts:check` asks for another look. */
export const MAX_CHECK_AGE_DAYS = 90;

/** Entries last checked more than `maxAgeDays` before `today`, oldest first, with their age in days. */
export function overdueChecks(
  facts: Iterable<Pick<Fact, 'id' | 'checked'>>,
  today: Date,
  maxAgeDays = MAX_CHECK_AGE_DAYS,
): { id: string; checked: string; days: number }[] {
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return [...facts]
    .map(({ id, checked }) => ({ id, checked, days: Math.round((todayMs - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000) }))
    .filter(({ days }) => days > maxAgeDays)
    .sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
}
