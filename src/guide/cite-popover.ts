/**
 * The id of a source's citation popover on a page: one per source, however often the page cites
 * it (src/guide/CitePopover.astro), so every marker for that source points at the same one.
 */
export function citePopoverId(sourceId: string): string {
  return `source-pop-${sourceId}`;
}
