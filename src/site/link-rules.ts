/**
 * What a link in content may be: a web address (http, https), an email address (mailto), a
 * path on this site ("/guide/overview/#versions") or a fragment of the page it is on ("#orm").
 * Anything else (javascript:, data:, protocol-relative "//host", relative "../x") is refused,
 * because it would either run code or break when the site moves to another address.
 */

export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** A link's target, classified; `problem` says why it is refused. */
export type LinkTarget =
  { kind: 'external' } | { kind: 'site'; path: string | undefined; fragment: string } | { kind: 'refused'; problem: string };

/** Classifies a link; a same-page "#x" link has `path` undefined (the page it is on). */
export function classifyLink(link: string): LinkTarget {
  const url = link.trim();
  if (url === '') return { kind: 'refused', problem: 'an empty link' };
  if (url.startsWith('//')) return { kind: 'refused', problem: 'a protocol-relative link; write https://… or a site path /…' };
  if (url.startsWith('/') || url.startsWith('#')) {
    const hashAt = url.indexOf('#');
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const path = beforeHash.split('?')[0] ?? '';
    let fragment = hashAt === -1 ? '' : url.slice(hashAt + 1);
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      return { kind: 'refused', problem: `a malformed fragment "#${fragment}"` };
    }
    return { kind: 'site', path: path === '' ? undefined : path, fragment };
  }
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'refused', problem: 'a relative link; write a site path starting with "/"' };
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    return { kind: 'refused', problem: `the scheme "${scheme}" (allowed: http, https, mailto and site paths)` };
  }
  return { kind: 'external' };
}
