/** What the content checks read from a built page: the ids it provides as link targets. */
import { parse } from 'node-html-parser';

/** The tag of the notice on a moved page's redirect page (src/share/MovedPage.astro). */
export const MOVED_PAGE_TAG = 'moved-page';

export interface RenderedPage {
  /** Every element id, and legacy `<a name>` anchors: all a #fragment can land on. */
  ids: Set<string>;
  /** Whether this is the redirect page of a moved page. */
  moved: boolean;
  /** Ids that more than one element has: a link to them lands on the first, a label on the wrong control. */
  duplicateIds: string[];
}

export function readRenderedPage(html: string): RenderedPage {
  const root = parse(html, { comment: false });
  const ids = root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? '');
  const names = root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? '');
  const duplicateIds = [...new Set(ids.filter((id, i) => id && ids.indexOf(id) !== i))];
  return { ids: new Set([...ids, ...names].filter(Boolean)), moved: root.querySelector(MOVED_PAGE_TAG) !== null, duplicateIds };
}

/** The URL path a built file is served at: "guide/x/index.html" → "/guide/x/". */
export function servedPath(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
