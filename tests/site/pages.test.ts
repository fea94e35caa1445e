/**
 * Document-level requirements, each one sweep over every built page: meta, CSP, no inline
 * handlers, focusable code blocks, valid HTML. (Unique ids are html-validate's `no-dup-id`.)
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, refreshTarget, type BuiltPage } from '../helpers/dist';
import { sweepPages } from '../helpers/sweep';
import { cspDirectives } from '../../src/site/csp';

const pages = builtPages();
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

function* documentMetaProblems(page: BuiltPage): Generator<string> {
  const { root } = page;
  if (root.querySelector('html')?.getAttribute('lang') !== 'en') yield 'lang is not "en"';
  if (!root.querySelector('title')?.text.trim()) yield 'no <title>';
  if (!root.querySelector('meta[name=description]')?.getAttribute('content')?.trim()) yield 'no meta description';
  const canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
  if (!URL.canParse(canonical)) {
    yield `canonical URL "${canonical}" is not absolute`;
    return;
  }
  // A page that sends readers on (share card, moved page) stands in for where it sends them.
  const standsFor = refreshTarget(page) ?? page.path;
  const { pathname, hash } = new URL(canonical);
  if (!page.path.endsWith('.html') && `${pathname}${hash}` !== standsFor) yield `canonical ${canonical} is not ${standsFor}`;
  if (standsFor !== page.path && root.querySelector('meta[name=robots]')?.getAttribute('content') !== 'noindex') {
    yield 'sends readers on but is not noindex';
  }
}

function* cspProblems({ root }: BuiltPage): Generator<string> {
  const csp = root.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
  for (const directive of cspDirectives) if (!csp.includes(directive)) yield `CSP lacks ${directive}`;
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  if (!scriptSrc.includes("'wasm-unsafe-eval'")) yield "script-src lacks 'wasm-unsafe-eval'";
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) if (scriptSrc.includes(unsafe)) yield `script-src allows ${unsafe}`;
}

function* inlineHandlers({ root }: BuiltPage): Generator<string> {
  for (const el of root.querySelectorAll('*')) {
    for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) yield `<${el.tagName.toLowerCase()} ${name}>`;
  }
}

function* codeBlockProblems({ root }: BuiltPage): Generator<string> {
  for (const pre of root.querySelectorAll('pre')) {
    const excerpt = JSON.stringify(pre.text.slice(0, 40));
    if (pre.getAttribute('tabindex') !== '0') yield `code block ${excerpt} is not focusable`;
    const block = pre.parentNode;
    if (!block?.classList.contains('code-block')) yield `code block ${excerpt} is outside .code-block`;
    else if (block.querySelector('.code-block-bar > button.code-copy[type=button]')?.text !== 'Copy') {
      yield `code block ${excerpt} has no Copy button above it`;
    }
  }
}

describe('every page', () => {
  it('declares its language, title, description and canonical URL', () => {
    expect(sweepPages(pages, documentMetaProblems)).toEqual([]);
  });

  it('carries the Content-Security-Policy, strict for scripts', () => {
    expect(sweepPages(pages, cspProblems)).toEqual([]);
  });

  it('has no inline event handlers', () => {
    expect(sweepPages(pages, inlineHandlers)).toEqual([]);
  });

  it('gives every code block keyboard focus and a copy button above it', () => {
    expect(pages.some(({ root }) => root.querySelector('pre'))).toBe(true);
    expect(sweepPages(pages, codeBlockProblems)).toEqual([]);
  });

  it('passes html-validate (recommended rules)', async () => {
    const reports = await Promise.all(pages.map(async (page) => ({ page, report: await validator.validateString(page.html, page.file) })));
    const errors = reports.flatMap(({ page, report }) =>
      report.results.flatMap((result) => result.messages.map((m) => `${page.path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
    );
    expect(errors).toEqual([]);
    // Every written page through html-validate takes about 20 s alone and over 60 s on a shared,
    // loaded machine; a timeout here would report the machine, not the pages.
  }, 180_000);
});
