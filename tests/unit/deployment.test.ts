import { describe, expect, it } from 'vitest';
import { resolveDeployment } from '../../src/site/site-url';
import { headersUnderBase, withBase, withoutBase } from '../../src/site/site';

describe('resolveDeployment (SITE_URL)', () => {
  it('takes the origin as the site and the path as the base', () => {
    expect(resolveDeployment('https://example.org/docs/')).toEqual({ site: 'https://example.org', base: '/docs/' });
    expect(resolveDeployment('https://example.org/docs')).toEqual({ site: 'https://example.org', base: '/docs/' });
    expect(resolveDeployment('https://owner.github.io/repo/')).toEqual({ site: 'https://owner.github.io', base: '/repo/' });
    expect(resolveDeployment('https://example.org')).toEqual({ site: 'https://example.org', base: '/' });
  });

  it('falls back to localhost, with a warning for the build to print', () => {
    for (const unset of [undefined, '', '  ']) {
      const deployment = resolveDeployment(unset);
      expect(deployment).toMatchObject({ site: 'http://localhost:4321', base: '/' });
      expect(deployment.warning).toMatch(
        /^SITE_URL is not set: canonical URLs, og:url, the sitemap and robots\.txt will point at http:\/\/localhost:4321/,
      );
    }
  });

  it('names the variable when the value is not a usable address', () => {
    expect(() => resolveDeployment('example.org/docs')).toThrow(
      'SITE_URL must be an absolute address such as https://example.org/ or https://example.org/docs/; got "example.org/docs"',
    );
    expect(() => resolveDeployment('ftp://example.org/')).toThrow('SITE_URL must start with https:// or http://; got "ftp://example.org/"');
    expect(() => resolveDeployment('https://example.org/?x=1')).toThrow('SITE_URL must not carry a query or a fragment');
  });
});

describe('withBase', () => {
  it('prefixes site paths with the base, and leaves everything else alone', () => {
    expect(withBase('/guide/overview/#versions', '/docs/')).toBe('/docs/guide/overview/#versions');
    expect(withBase('/', '/docs/')).toBe('/docs/');
    expect(withBase('/guide/', '/')).toBe('/guide/');
    for (const other of ['#versions', 'https://example.org/', 'mailto:a@example.org', '//cdn.example/x']) {
      expect(withBase(other, '/docs/')).toBe(other);
    }
  });

  it('is undone by withoutBase', () => {
    expect(withoutBase('/docs/guide/', '/docs/')).toBe('/guide/');
    expect(withoutBase('/docs/', '/docs/')).toBe('/');
    expect(withoutBase('/guide/', '/')).toBe('/guide/');
    expect(withoutBase('/documents/', '/docs/')).toBe('/documents/');
  });
});

describe('headersUnderBase', () => {
  it('moves the path rules of _headers under the base and leaves comments and headers alone', () => {
    const headers = '# Response headers\n/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n';
    expect(headersUnderBase(headers, '/docs/')).toBe(
      '# Response headers\n/docs/*\n  X-Frame-Options: DENY\n\n/docs/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    expect(headersUnderBase(headers, '/')).toBe(headers);
  });
});
