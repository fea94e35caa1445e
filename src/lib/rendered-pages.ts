/** What the content checks read from a built page: the ids it provides as link targets. */
import { parse } from 'node-html-parser';

/** The tag of the notice on a moved page's redirect page (src/components/MovedPage.astro). */
export const MOVED_PAGE_TAG = 'moved-page';

export interface RenderedPage {
  /** Every element id, and legacy `<a name>` anchors: all a #fragment can land on. */
  ids: Set<string>;
  /** Whether this is the redirect page of a moved page. */
  moved: boolean;
}

export function readRenderedPage(html: string): RenderedPage {
  const root = parse(html, { comment: false });
  const ids = root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? '');
  const names = root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? '');
  return { ids: new Set([...ids, ...names].filter(Boolean)), moved: root.querySelector(MOVED_PAGE_TAG) !== null };
}

/** The URL path a built file is served at: "guide/x/index.html" → "/guide/x/". */
export function servedPath(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
