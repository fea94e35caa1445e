/**
 * Heading ids. Generated ids follow github-slugger, as Astro's default does, so every id the site
 * has published stays the same. A heading can also pin its id in the source with a trailing
 * `{#custom-id}` (Sätteri's heading attributes, enabled in astro.config.mjs), so rewording the
 * heading does not change its URL.
 */
import GithubSlugger from 'github-slugger';
import { ID_PATTERN } from '../content/content-schemas.ts';

/** Why a pinned id cannot be used, or undefined when it is fine. */
export function explicitIdProblem(id: string): string | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  return `heading id {#${id}} must be lower-case words joined by hyphens, e.g. {#static-files}`;
}

export interface HeadingSource {
  /** The heading's text, as the reader sees it. */
  text: string;
  /** The id pinned with `{#custom-id}`, if any. */
  explicitId?: string | undefined;
}

/**
 * Ids for a page's headings, in order: the pinned id, or github-slugger's slug of the text.
 * Throws on a malformed pinned id, one used twice, or one that another heading has from its
 * text (the new pin would take over that heading's published address).
 */
export function assignHeadingIds(headings: readonly HeadingSource[]): string[] {
  const reserved = new Set<string>();
  for (const { explicitId } of headings) {
    if (explicitId === undefined) continue;
    const problem = explicitIdProblem(explicitId);
    if (problem) throw new Error(problem);
    if (reserved.has(explicitId)) throw new Error(`two headings declare the id {#${explicitId}}`);
    reserved.add(explicitId);
  }
  // A generated id never gives way to a pinned one: the heading that has it from its text keeps
  // it, so a new `{#id}` cannot take over a published id and send old links to the wrong section.
  const pinnedBy = (id: string) => headings.find((heading) => heading.explicitId === id)?.text ?? id;
  const slugger = new GithubSlugger();
  return headings.map(({ text, explicitId }) => {
    if (explicitId !== undefined) return explicitId;
    const id = slugger.slug(text);
    if (reserved.has(id)) {
      throw new Error(`the heading "${pinnedBy(id)}" pins {#${id}}, the id the heading "${text}" has from its text; pick another id`);
    }
    return id;
  });
}
