/**
 * JavaScript size budgets, checked on the built site (issue 9; `npm run bench` reports the same
 * figures measured in a browser): a guide page loads at most 3 KB gzipped; on /decide/ the
 * widget stays within 6 KB and the whole page within 8 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';
import { gzippedSizes, loadedScripts, staticImportsOf, totalGzipped } from '../helpers/page-scripts';
import { KB } from '../../src/cli/sizes';

const GUIDE_PAGE_BUDGET = 3 * KB;
const WIDGET_BUDGET = 6 * KB;
const DECIDE_PAGE_BUDGET = 8 * KB;

describe('guide pages', () => {
  const guidePages = builtPages().filter((page) => page.path.startsWith('/guide/'));

  it('are all measured', () => {
    expect(guidePages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(guidePages.map((page) => [page.path]))(`%s loads at most ${GUIDE_PAGE_BUDGET} bytes of gzipped JavaScript`, (path) => {
    const scripts = loadedScripts(path);
    expect(totalGzipped(scripts), JSON.stringify(gzippedSizes(scripts))).toBeLessThanOrEqual(GUIDE_PAGE_BUDGET);
  });
});

describe('/decide/', () => {
  const scripts = loadedScripts('/decide/');
  // The widget: its own entry chunk and everything that chunk imports statically.
  const widgetEntry = scripts.find(({ name }) => /\/DecisionWidget\.astro_astro_type_script/.test(name));
  const widget = widgetEntry
    ? scripts.filter(
        ({ name }) => name === widgetEntry.name || staticImportsOf(widgetEntry.code).some((spec) => name.endsWith(spec.replace(/^\.\//, '/'))),
      )
    : [];

  it('measures the widget itself', () => {
    expect(widget.some(({ code }) => code.includes('decision-widget'))).toBe(true);
  });

  it(`the widget loads at most ${WIDGET_BUDGET} bytes of gzipped JavaScript`, () => {
    expect(totalGzipped(widget), JSON.stringify(gzippedSizes(widget))).toBeLessThanOrEqual(WIDGET_BUDGET);
  });

  it(`the whole page loads at most ${DECIDE_PAGE_BUDGET} bytes of gzipped JavaScript`, () => {
    expect(totalGzipped(scripts), JSON.stringify(gzippedSizes(scripts))).toBeLessThanOrEqual(DECIDE_PAGE_BUDGET);
  });
});

describe('built scripts', () => {
  const chunks = readdirSync(join(DIST, '_astro'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(DIST, '_astro', file), 'utf8') }));

  it('carry no Vite preload helper (src/integrations/lean-preload-helper.ts)', () => {
    expect(chunks.length).toBeGreaterThan(0);
    // Markers of Vite's helper: its error event and its per-import dependency lists.
    const withHelper = chunks.filter(({ code }) => code.includes('vite:preloadError') || code.includes('__vite__mapDeps'));
    expect(withHelper.map(({ file }) => file)).toEqual([]);
  });
});
