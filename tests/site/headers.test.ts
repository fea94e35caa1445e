/** dist/_headers carries the security headers, and its CSP allows exactly what the pages' policies allow. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';
import { parsePolicy } from '../../src/site/csp-header';

const headers = readFileSync(join(DIST, '_headers'), 'utf8');
const headerPolicy = parsePolicy(/Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '');

describe('dist/_headers', () => {
  it.each([
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy: same-origin',
    'Permissions-Policy: ',
  ])('sets %s', (line) => {
    expect(headers).toContain(line);
  });

  it('caches hashed assets for a year, immutably', () => {
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  it('forbids framing and keeps scripts strict', () => {
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headerPolicy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(headerPolicy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('allows every source each page allows, and nothing no page allows', () => {
    const union = new Map<string, Set<string>>();
    for (const page of builtPages()) {
      const meta = page.root.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
      for (const [name, sources] of parsePolicy(meta)) {
        expect(headerPolicy.get(name), `${page.path}: ${name}`).toEqual(expect.arrayContaining(sources));
        union.set(name, new Set([...(union.get(name) ?? []), ...sources]));
      }
    }
    for (const [name, sources] of headerPolicy) {
      if (name === 'frame-ancestors') continue;
      expect(
        sources.filter((source) => !union.get(name)?.has(source)),
        name,
      ).toEqual([]);
    }
  });
});
