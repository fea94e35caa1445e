/**
 * Where a citation marker points. Each marker is a link to its source's entry in the page's
 * list of sources (SourceList.astro), which works without JavaScript; with it, cite-popovers.ts
 * builds one popover per entry and turns every marker into the button that opens its popover.
 */

/** The id of a source's entry in the page's list of sources. */
export function citeEntryId(sourceId: string): string {
  return `src-${sourceId}`;
}

/** The id of the popover built from that entry. */
export function citePopoverId(entryId: string): string {
  return `pop-${entryId}`;
}
