/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings listed in "On this page": h2 and h3 only. */
export function tocHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

/**
 * Which section is being read: the last heading whose top has scrolled above `offset` (the
 * sticky header plus a margin). Before the first heading, the first one counts. -1 if none.
 */
export function currentSectionIndex(headingTops: readonly number[], offset: number): number {
  if (headingTops.length === 0) return -1;
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top <= offset) current = index;
  });
  return current;
}
