/** Site-wide constants and site paths, used by layouts, components and meta tags. */
export const SITE_NAME = 'Django vs Flask: the consolidated guide';
export const SITE_SHORT_NAME = 'Django vs Flask';
export const SITE_DESCRIPTION =
  'Django and Flask compared topic by topic (architecture, data, security, APIs, async, deployment and measured performance), with every claim cited and checked.';

/** Primary navigation, in order. Later pages add themselves here. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [
  { href: '/guide/', label: 'Guide' },
  { href: '/compare/', label: 'Compare' },
  { href: '/decide/', label: 'Decide' },
  { href: '/sources/', label: 'Sources' },
];

/** Formats a date for "last updated" lines, independent of the build machine's locale and zone. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * "Edit this page" address for a content file, when the repository's edit URL is configured
 * (EDIT_URL_BASE, e.g. https://github.com/owner/repo/edit/main/); undefined otherwise.
 */
export function editUrl(filePath: string | undefined, base = process.env.EDIT_URL_BASE): string | undefined {
  if (!base || !filePath) return undefined;
  return new URL(filePath.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).href;
}

/** The path the site is served under ("/" or e.g. "/docs/"; Astro's `base`, set from SITE_URL). */
const BASE_URL: string = import.meta.env?.BASE_URL ?? '/';

/**
 * A site path ("/guide/", "/sources/#apidog") as a link: prefixed with the base the site is
 * deployed under. Every internal href, src and redirect goes through here; content keeps
 * writing plain site paths. Anything that is not a site path is returned unchanged.
 */
export function withBase(path: string, base: string = BASE_URL): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** The site path of a page served under the base: the inverse of withBase. */
export function withoutBase(path: string, base: string = BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** A chapter's site path. */
export const chapterPath = (id: string) => `/guide/${id}/`;
/** A chapter's Markdown twin beside its page: /guide/deployment/ → /guide/deployment.md. */
export const markdownTwinPath = (id: string) => `/guide/${id}.md`;

/** A `_headers` file's path rules (lines starting with "/") under the base; headers stay as they are. */
export function headersUnderBase(text: string, base: string = BASE_URL): string {
  return text.replace(/^\/\S*/gm, (path) => withBase(path, base));
}
