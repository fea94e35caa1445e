import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { allowStyleHash, planCriticalCss, splitCss } from '../../src/build/critical-css';

const PAGE = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-old=';"><link rel="stylesheet" href="/_astro/site.css"><style>@layer components{.hero{margin:0}.later{margin:1px}}</style><link rel="stylesheet" href="/_astro/print.css" media="print"></head><body><header class="top"><button class="toggle" hidden><span class="icon"></span></button></header><main><section class="hero"><h1>Title</h1></section><section class="below" data-critical-css-end><p class="note">Text</p></section></main><footer class="foot"></footer></body></html>`;

const SITE_CSS = [
  '@layer base, components;',
  '@layer base{:root{--used:red;--unused:blue}h1{color:var(--used)}p{margin:0}}',
  '@layer components{.top{display:flex}.top:hover{color:red}.icon{width:1px}.below{padding:0}.foot{border:0}}',
  '.hero{&>h1{font-size:2rem}& .note{color:blue}}',
  '@media print{.top{display:none}}',
  '@property --tw-x{syntax:"*";inherits:false}',
  '@keyframes spin{to{rotate:1turn}}',
  '.below{animation:spin 1s}',
].join('\n');

function splitPage() {
  const split = planCriticalCss(PAGE, (href) => {
    expect(href).toBe('/_astro/site.css');
    return SITE_CSS;
  });
  if (!split) throw new Error('expected the page to be split');
  return split;
}

describe('splitCss', () => {
  const root = parse(PAGE);
  const above = new Set([root.querySelector('html')!, root.querySelector('header')!, root.querySelector('h1')!]);

  it('keeps what may style an element above the mark, and leaves the rest, each rule in one part, in the same layers', () => {
    const { critical, rest } = splitCss('@layer a{.top{color:red}.foot{color:blue}h1{margin:0}}', root, above);
    expect(critical).toBe('@layer a{.top{color:red}h1{margin:0}}');
    expect(rest).toBe('@layer a{.foot{color:blue}}');
  });

  it('splits nested rules by their whole selector', () => {
    const { critical, rest } = splitCss(
      '.hero{&>h1{font-size:2rem}& .note{color:blue}}',
      root,
      new Set([...above, root.querySelector('.hero')!]),
    );
    expect(critical).toBe('.hero{&>h1{font-size:2rem}}');
    expect(rest).toBe('.hero{& .note{color:blue}}');
  });

  it('leaves print styles, hover styles and tokens no critical rule reads to the rest', () => {
    const { critical, rest } = splitCss(
      ':root{--used:red;--unused:blue}h1{color:var(--used)}.top:hover{color:red}@media print{.top{display:none}}',
      root,
      above,
    );
    expect(critical).toBe(':root{--used:red}h1{color:var(--used)}');
    expect(rest).toContain(':root{--unused:blue}');
    expect(rest).toContain('.top:hover{color:red}');
    expect(rest).toContain('@media print{.top{display:none}}');
  });

  it('inlines an @property only where a critical rule reads the property', () => {
    const css = '@property --read{syntax:"*";inherits:false}@property --set{syntax:"*";inherits:false}h1{border-style:var(--read);--set:1}';
    const { critical, rest } = splitCss(css, root, above);
    expect(critical).toBe('@property --read{syntax:"*";inherits:false}h1{border-style:var(--read);--set:1}');
    expect(rest).toBe('@property --set{syntax:"*";inherits:false}');
  });

  it('inlines a rule the matcher cannot read, and one for a state the page reaches later', () => {
    const { critical } = splitCss('.top:unknown-state(x){color:red}html[data-theme=dark] h1{color:white}', root, above);
    expect(critical).toBe('.top:unknown-state(x){color:red}html[data-theme=dark] h1{color:white}');
  });
});

describe('planCriticalCss', () => {
  it('leaves a site without the mark alone', () => {
    expect(planCriticalCss('<html><head></head><body></body></html>', () => '')).toBeUndefined();
  });

  it("puts the critical rules of the head's stylesheets and styles in one <style> and links the rest before the mark", () => {
    const { html, files } = splitPage();
    expect(files.map(({ href }) => href)).toEqual([
      expect.stringMatching(/^\/_astro\/site\.critical\.[\w-]{8}\.css$/),
      expect.stringMatching(/^\/_astro\/site\.rest\.[\w-]{8}\.css$/),
      expect.stringMatching(/^\/_astro\/page\.rest\.[\w-]{8}\.css$/),
    ]);
    expect(html).toContain('<style>@layer base, components;');
    expect(html).not.toContain('href="/_astro/site.css"');
    expect(html).toContain('href="/_astro/print.css" media="print"');
    expect(html).toContain(
      `<main><section class="hero"><h1>Title</h1></section><link rel="stylesheet" href="${files[1]!.href}"><link rel="stylesheet" href="${files[2]!.href}"><section class="below">`,
    );
  });

  it('sends every rule once: the hidden button, the part below the mark and the footer wait for the rest', () => {
    const { html, files } = splitPage();
    const critical = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const rest = files[1]!.css + files[2]!.css;
    for (const rule of ['.top{display:flex}', 'h1{color:var(--used)}', '.hero{margin:0}', '--used:red']) expect(critical).toContain(rule);
    for (const rule of [
      '.icon{width:1px}',
      '.below{padding:0}',
      '.foot{border:0}',
      '.later{margin:1px}',
      '--unused:blue',
      '@keyframes spin',
      'p{margin:0}',
    ])
      expect(rest).toContain(rule);
    for (const rule of ['.icon{', '.foot{', '@keyframes', '--unused']) expect(critical).not.toContain(rule);
    expect(files[0]!.css).toBe(critical.slice(0, critical.indexOf('\n@layer components{.hero')));
  });

  it('has every other page link the two parts of a split stylesheet in its place', () => {
    const { relink, files } = splitPage();
    const other = '<head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/chapter.css"></head>';
    expect(relink(other)).toBe(
      `<head><link rel="stylesheet" href="${files[0]!.href}"><link rel="stylesheet" href="${files[1]!.href}"><link rel="stylesheet" href="/_astro/chapter.css"></head>`,
    );
  });
});

describe('allowStyleHash', () => {
  it("adds the hash to the page's style-src", () => {
    const { html, styleHash } = splitPage();
    expect(allowStyleHash(html, styleHash)).toContain(`style-src 'self' 'sha256-old=' '${styleHash}';`);
  });

  it('fails on a page without a policy to add it to', () => {
    expect(() => allowStyleHash('<html><head></head></html>', 'sha256-x')).toThrow(/no <meta> Content-Security-Policy/);
  });
});
