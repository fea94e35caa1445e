/**
 * Link text that names where a guide link leads: "The admin (Data layer)" for
 * /guide/data-layer/#the-admin, the chapter's title for a link without a fragment. Lists that end
 * each item with a link to the section explaining it (pros and cons) use it, so the link says
 * where it goes instead of repeating the item it ends.
 */

/** What a guide page offers as link targets: its title and its headings' text by id. */
export interface LinkTargetPage {
  title: string;
  headings: ReadonlyMap<string, string>;
}

/** Guide pages by path ("/guide/data-layer/"). */
export type LinkTargets = ReadonlyMap<string, LinkTargetPage>;

/**
 * The text for a link to `link` ("/guide/<chapter>/#<id>" or "/guide/<chapter>/"): the heading
 * and the chapter's title, or the chapter's title alone. Throws naming the link when its page or
 * heading is not among `targets`, so a stale link fails the build instead of reading "More".
 */
export function sectionLinkText(link: string, targets: LinkTargets): string {
  const [path = '', fragment] = link.split('#', 2);
  const page = targets.get(path);
  if (!page) throw new Error(`no guide page at ${path} for the link ${link}`);
  if (!fragment) return page.title;
  const heading = page.headings.get(fragment);
  if (heading === undefined) throw new Error(`${page.title} (${path}) has no heading with the id "${fragment}" for the link ${link}`);
  return `${heading} (${page.title})`;
}
