/**
 * Where the site is deployed, from the SITE_URL environment variable: its origin becomes
 * Astro's `site` and its path Astro's `base`, so `SITE_URL=https://example.org/docs/` builds a
 * site that works under /docs/ (as GitHub Pages serves a project site). Pure; used by
 * astro.config.mjs.
 */

export const LOCAL_SITE = 'http://localhost:4321';

export interface Deployment {
  /** The origin, e.g. "https://example.org". */
  site: string;
  /** The path the site lives under, "/" or e.g. "/docs/". */
  base: string;
  /** Set when a production build would publish localhost addresses. */
  warning?: string;
}

export function resolveDeployment(value: string | undefined): Deployment {
  if (value === undefined || value.trim() === '') {
    return {
      site: LOCAL_SITE,
      base: '/',
      warning:
        `SITE_URL is not set: canonical URLs, og:url, the sitemap and robots.txt will point at ${LOCAL_SITE}. ` +
        'Set it to the public address when building for production, e.g. SITE_URL=https://example.org/docs/ npm run build',
    };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://example.org/ or https://example.org/docs/; got ${JSON.stringify(value)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://; got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL must not carry a query or a fragment; got ${JSON.stringify(value)}`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}
