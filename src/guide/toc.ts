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
 * Which section is being read, given each heading's top relative to the viewport. The reading
 * area starts at `readingTop` (below the sticky header); `bandBottom` ends its upper part. The
 * heading nearest the top of the reading area wins: the first one inside the band, otherwise
 * the last one already scrolled above it. Before the first heading, the first one counts.
 * -1 if there are no headings. (The old rule, "last heading above the header", marked the
 * previous section while a heading sat just below the header.)
 */
export function currentSectionIndex(headingTops: readonly number[], readingTop: number, bandBottom: number): number {
  if (headingTops.length === 0) return -1;
  // One pixel of slack: a heading scrolled to exactly the header's edge may round just above it.
  const inBand = headingTops.findIndex((top) => top >= readingTop - 1 && top < bandBottom);
  if (inBand !== -1) return inBand;
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top < readingTop) current = index;
  });
  return current;
}
