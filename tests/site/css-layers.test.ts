/**
 * Every rule of the built CSS sits in a declared cascade layer (src/layout/layers.css), so the
 * order of the layers alone decides which rule wins, and no rule of ours needs a specificity
 * trick (`:is(*, #\#)`, `:root:root`) to beat another: the stylesheets under dist/_astro and
 * every <style> the pages inline. Pagefind's own stylesheet keeps its tricks inside its layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';

/** At-rules that hold no style rules of their own, or only ones layers do not order. */
const LAYER_NEUTRAL = /^@(layer|font-face|keyframes|property|charset|import)\b/;
/** A selector that adds ID-weight specificity without an ID, or repeats a selector to weigh more. */
const SPECIFICITY_TRICK = /#\\#|:root:root|(\.[\w-]+)\1(?![\w-])/;

interface TopLevelBlock {
  /** The prelude: a selector list or an at-rule, e.g. "@layer components" or ".a, .b". */
  prelude: string;
  body: string;
}

/** The top-level blocks of a stylesheet, comments and strings skipped. */
function topLevelBlocks(css: string): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = [];
  let depth = 0;
  let preludeStart = 0;
  let bodyStart = 0;
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (depth === 0)
        css = `${css.slice(0, i)}${' '.repeat((end === -1 ? css.length : end + 2) - i)}${css.slice(end === -1 ? css.length : end + 2)}`;
      i = end === -1 ? css.length : end + 1;
    } else if (char === '"' || char === "'") {
      for (i++; i < css.length && css[i] !== char; i++) if (css[i] === '\\') i++;
    } else if (char === '{') {
      if (depth === 0) {
        prelude = css.slice(preludeStart, i).trim();
        bodyStart = i + 1;
      }
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        blocks.push({ prelude, body: css.slice(bodyStart, i) });
        preludeStart = i + 1;
      }
    } else if (char === ';' && depth === 0) {
      preludeStart = i + 1;
    }
  }
  return blocks;
}

/** Problems of one stylesheet: rules outside any layer, and specificity tricks anywhere. */
function layerProblems(css: string): string[] {
  return topLevelBlocks(css).flatMap(({ prelude, body }) => {
    if (!LAYER_NEUTRAL.test(prelude)) return [`rule outside any layer: ${prelude.slice(0, 120)}`];
    const trick = SPECIFICITY_TRICK.exec(prelude.startsWith('@layer') ? body : prelude)?.[0];
    return trick ? [`specificity trick ${trick} in ${prelude}`] : [];
  });
}

describe('the layer check', () => {
  it('finds a rule outside a layer, and a trick inside one', () => {
    expect(layerProblems('@layer a, b; @layer a { .x { color: red } } @media print { .y { color: blue } }')).toEqual([
      'rule outside any layer: @media print',
    ]);
    expect(layerProblems('@layer b { :is(*, #\\#) .z { color: red } }')).toEqual(['specificity trick #\\# in @layer b']);
    expect(layerProblems('@layer b { .z { color: red } } /* } */ .q { content: "}" }')).toEqual(['rule outside any layer: .q']);
  });
});

describe('the built CSS', () => {
  const sheets = readdirSync(join(DIST, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => ({ name: `_astro/${name}`, css: readFileSync(join(DIST, '_astro', name), 'utf8') }));
  const inline = builtPages().flatMap((page) =>
    page.root.querySelectorAll('style').map((style, i) => ({ name: `${page.path} <style> #${i + 1}`, css: style.text })),
  );

  it('has stylesheets to check', () => {
    expect(sheets.length).toBeGreaterThan(0);
  });

  it('stamps no scoped-style attributes on chapter elements: component styles are layered classes', () => {
    const stamped = builtPages()
      .filter((page) => page.path.startsWith('/guide/') && page.html.includes('data-astro-cid-'))
      .map((page) => `${page.path}: ${page.html.match(/data-astro-cid-\w+/g)?.length ?? 0}`);
    expect(stamped).toEqual([]);
  });

  it('holds no `:global()` left over from a scoped style made global (the browser drops the whole rule)', () => {
    const leftovers = [...sheets, ...inline].filter(({ css }) => css.includes(':global(')).map(({ name }) => name);
    expect(leftovers).toEqual([]);
  });

  it('keeps every rule in a declared layer, with no specificity tricks', () => {
    const problems = [...sheets, ...inline].flatMap(({ name, css }) => layerProblems(css).map((problem) => `${name}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
