import { createHash } from 'node:crypto';

/**
 * The CSP source expression that allows one inline script with exactly this text (the theme
 * script, which must run before first paint). Build-time only: it needs node:crypto's
 * synchronous hash, which pure modules (also bundled for browsers) must not import.
 */
export function inlineScriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
