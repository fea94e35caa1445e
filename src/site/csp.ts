import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The site's Content-Security-Policy sources, shared by astro.config.mjs (the per-page <meta>)
 * and the tests that compare it with what the build emitted. Astro adds script-src and style-src
 * hashes for everything it bundles; these are the directives it does not manage itself.
 */
export const cspDirectives: NonNullable<CspConfig['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
];

/** Pagefind compiles its WebAssembly search core in the browser, which needs 'wasm-unsafe-eval'. */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"];
