/** Document-level requirements for every built page: meta, unique ids, CSP, valid HTML. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, refreshTarget } from '../helpers/dist';
import { cspDirectives } from '../../src/lib/csp';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe.each(builtPages().map((page) => [page.path, page] as const))('%s', (_path, page) => {
  const { root } = page;

  it('declares its language, title, description and canonical URL', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('title')?.text.trim()).toBeTruthy();
    expect(root.querySelector('meta[name=description]')?.getAttribute('content')?.trim()).toBeTruthy();
    const canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
    expect(() => new URL(canonical)).not.toThrow();
    // A page that sends readers on (share card, moved page) stands in for where it sends them.
    const standsFor = refreshTarget(page) ?? page.path;
    const { pathname, hash } = new URL(canonical);
    if (!page.path.endsWith('.html')) expect(`${pathname}${hash}`).toBe(standsFor);
    if (standsFor !== page.path) expect(root.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('has no duplicate ids', () => {
    const ids = root.querySelectorAll('[id]').map((el) => el.getAttribute('id'));
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('carries the Content-Security-Policy, strict for scripts', () => {
    const csp = root.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
    for (const directive of cspDirectives) expect(csp).toContain(directive);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it('has no inline event handlers', () => {
    const handlers = root
      .querySelectorAll('*')
      .flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name)).map((name) => `${el.tagName} ${name}`));
    expect(handlers).toEqual([]);
  });

  it('gives every code block keyboard focus and a copy button above it', () => {
    for (const pre of root.querySelectorAll('pre')) {
      expect(pre.getAttribute('tabindex'), pre.text.slice(0, 60)).toBe('0');
      const block = pre.parentNode;
      expect(block?.classList.contains('code-block'), pre.text.slice(0, 60)).toBe(true);
      expect(block?.querySelector('.code-block-bar > button.code-copy[type=button]')?.text).toBe('Copy');
    }
  });

  it('passes html-validate (recommended rules)', async () => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
