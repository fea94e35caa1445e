/** Site-wide constants used by layouts and meta tags. */
export const SITE_NAME = 'Django vs Flask: the consolidated guide';
export const SITE_SHORT_NAME = 'Django vs Flask';
export const SITE_DESCRIPTION =
  'One guide that consolidates five published Django vs Flask comparisons, corrects what they get wrong, and cites every claim.';

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
