/**
 * The source is organised by feature, and the features are layered: a feature may import from
 * the features below it, never from one above. The imports are the real ones, as TypeScript's
 * own scanner reads them (`ts.preProcessFile`), from each .ts/.mjs file and from the front matter
 * and <script> blocks of each .astro file. Browser code stays browser code: a module that a
 * component's <script> loads reaches no Node built-in, astro: or virtual: module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-project';

/** The feature folders of src/, from the bottom layer up (README's "Layout" says what each holds). */
const FEATURES = [
  'site', // constants, paths, vocabulary, content errors, CSP, theme, the walk of the written pages
  'examples', // the runnable examples and the Python they run on
  'benchmark', // the framework benchmark: harness, results, comparisons, figures
  'content', // data files, schemas, loaders, facts, claims, citations, the one pass over each chapter
  'share', // links that land: share pages and images, copy-link, anchors, aliases
  'search', // the index, its records and ranking, the search UI
  'guide', // chapter rendering: sections, citations, code, comparison, pros and cons, FAQ, glossary
  'decision', // the decision tool, its record and the team view
  'export', // Markdown twins, llms.txt, the changes page and feed
  'checks', // every content rule the build enforces, and the gate that runs them
  'layout', // the page shell: layout, navigation, theme toggle, styles
  'build', // the build steps over the written pages, in their declared order
] as const;
/** What sits at the top of src/ beside the features: routes and Astro's own entry files. */
const TOP_LEVEL = new Set(['pages', 'content.config.ts', 'env.d.ts', 'virtual-modules.d.ts']);

const SRC = join(PROJECT_ROOT, 'src');
const CODE = /\.(ts|mjs|astro)$/;
const EXTENSIONS = ['', '.ts', '.mjs', '.astro', '.d.ts', '/index.ts'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The parts of a file that hold imports: all of a module; an .astro file's front matter and scripts. */
function importingCode(path: string): { code: string; browser: boolean }[] {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return [{ code: text, browser: false }];
  const fence = /^---\n([\s\S]*?)\n---/.exec(text);
  const frontMatter = fence?.[1] ?? '';
  const template = text.slice(fence?.[0].length ?? 0);
  const scripts = [...template.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  return [{ code: frontMatter, browser: false }, ...scripts.map((code) => ({ code, browser: true }))];
}

interface Import {
  from: string;
  /** The file a relative import names, or the bare specifier (`node:fs`, `astro:content`, `zod`). */
  to: string;
  browser: boolean;
}

function importsOf(path: string): Import[] {
  return importingCode(path).flatMap(({ code, browser }) =>
    ts.preProcessFile(code, true, true).importedFiles.map(({ fileName }) => {
      if (!fileName.startsWith('.')) return { from: path, to: fileName, browser };
      const target = resolve(dirname(path), fileName.replace(/\?.*$/, ''));
      const found = EXTENSIONS.map((extension) => target + extension).find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
      return { from: path, to: found ?? target, browser };
    }),
  );
}

const files = filesUnder(SRC);
const imports = files.filter((file) => CODE.test(file)).flatMap(importsOf);
const local = imports.filter((edge) => edge.to.startsWith(SRC));
const featureOf = (path: string) => relative(SRC, path).split('/')[0]!;
const rank = (path: string) => FEATURES.indexOf(featureOf(path) as (typeof FEATURES)[number]);
const name = (path: string) => relative(PROJECT_ROOT, path);

describe('feature folders', () => {
  it('hold every source file', () => {
    const stray = files
      .map((file) => relative(SRC, file))
      .filter((file) => {
        const top = file.split('/')[0]!;
        return !TOP_LEVEL.has(top) && !(FEATURES as readonly string[]).includes(top);
      });
    expect(stray).toEqual([]);
    expect(
      readdirSync(SRC)
        .filter((entry) => !TOP_LEVEL.has(entry))
        .sort(),
    ).toEqual([...FEATURES].sort());
  });

  it('import only from their own layer or the layers below it', () => {
    expect(local.length, 'the scanner found imports').toBeGreaterThan(300);
    const upward = local
      .filter((edge) => featureOf(edge.to) !== 'pages' && rank(edge.from) >= 0 && rank(edge.to) > rank(edge.from))
      .map((edge) => `${name(edge.from)} imports ${name(edge.to)}`);
    expect(upward).toEqual([]);
  });

  it('never import a page', () => {
    const intoPages = local.filter((edge) => featureOf(edge.to) === 'pages').map((edge) => `${name(edge.from)} → ${name(edge.to)}`);
    expect(intoPages).toEqual([]);
  });

  it('share no module names, so a name says which module is meant', () => {
    const owners = new Map<string, string[]>();
    for (const file of files.filter((path) => CODE.test(path) && featureOf(path) !== 'pages')) {
      const stem = basename(file).replace(CODE, '');
      owners.set(stem, [...(owners.get(stem) ?? []), name(file)]);
    }
    expect([...owners.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });

  it('form no import cycle', () => {
    const next = new Map<string, string[]>();
    for (const edge of local) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of next.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of next.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('browser code', () => {
  it('reaches no Node built-in, astro: or virtual: module from a component script', () => {
    const entries = imports.filter((edge) => edge.browser && edge.to.startsWith(SRC)).map((edge) => edge.to);
    const seen = new Set<string>();
    const problems: string[] = [];
    const walk = (file: string, via: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const edge of imports.filter((candidate) => candidate.from === file && !candidate.browser)) {
        if (/^(node:|astro:|virtual:)/.test(edge.to)) problems.push(`${[...via, file].map(name).join(' → ')} imports ${edge.to}`);
        else if (edge.to.startsWith(SRC)) walk(edge.to, [...via, file]);
      }
    };
    for (const entry of entries) walk(entry, []);
    expect(seen.size, 'the scripts and the modules they load').toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});
