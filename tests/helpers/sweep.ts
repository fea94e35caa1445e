/**
 * One check over many items (pages, share cards, chapters), reported as one list: a sweep test
 * asserts `expect(sweep(...)).toEqual([])`, so a failure names every failing item at once and a
 * new chapter adds no tests, only items to the sweeps.
 */

/**
 * Runs `check` on every item and returns "<name>: <problem>" for each problem it reports.
 * Throws on an empty list: a sweep over nothing would pass without checking anything.
 */
export function sweep<T>(items: readonly T[], name: (item: T) => string, check: (item: T) => Iterable<string>): string[] {
  if (items.length === 0) throw new Error('sweep over no items: the selection that feeds it is wrong');
  return items.flatMap((item) => [...check(item)].map((problem) => `${name(item)}: ${problem}`));
}

/** The same for built pages, named by their URL path. */
export function sweepPages<T extends { path: string }>(pages: readonly T[], check: (page: T) => Iterable<string>): string[] {
  return sweep(pages, (page) => page.path, check);
}
