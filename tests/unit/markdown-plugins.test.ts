/**
 * The Markdown plugins (src/guide/, src/content/chapter-record.ts, src/examples/example-code.ts), string in, string out: Markdown through Sätteri with
 * the plugin, compared with the HTML it must produce. No build, no dist/.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { copyCodeButtons } from '../../src/guide/copy-code-buttons';
import { focusableCodeBlocks } from '../../src/guide/focusable-code';
import { headingIds } from '../../src/guide/heading-ids';
import { scrollableTables } from '../../src/guide/scrollable-tables';

/** The site's plugins, all synchronous (so markdownToHtml returns its result, not a promise). */
type Plugins = (typeof copyCodeButtons | typeof focusableCodeBlocks | typeof headingIds | typeof scrollableTables)[];

/** Markdown to HTML with the given plugins and the site's parser features (astro.config.mjs). */
const render = (markdown: string, hastPlugins: Plugins): string =>
  markdownToHtml(markdown, { hastPlugins, features: { headingAttributes: true } }).html.replace(/\n/g, '');

const CODE = '```py\nx = 1\n```';
const TABLE = '| Django | Flask |\n|---|---|\n| ORM | SQLAlchemy |';

describe('focusableCodeBlocks', () => {
  it('makes every code block focusable', () => {
    expect(render(CODE, [focusableCodeBlocks])).toBe('<pre tabindex="0"><code class="language-py">x = 1</code></pre>');
  });
});

describe('copyCodeButtons', () => {
  it('puts a Copy button in a bar above each code block, hidden in print', () => {
    expect(render(CODE, [copyCodeButtons])).toBe(
      '<div class="code-block"><div class="code-block-bar" data-print="hide" data-pagefind-ignore=""><button type="button" class="code-copy">Copy</button></div>' +
        '<pre><code class="language-py">x = 1</code></pre></div>',
    );
  });

  it('leaves inline code alone', () => {
    expect(render('Run `flask run`.', [copyCodeButtons])).toBe('<p>Run <code>flask run</code>.</p>');
  });
});

describe('scrollableTables', () => {
  it('wraps a table in a focusable region named after the heading above it and its columns', () => {
    expect(render(`## Data layer\n\n${TABLE}`, [scrollableTables])).toMatch(
      /^<h2>Data layer<\/h2><section class="table-scroll" tabindex="0" aria-label="Table: Data layer: Django Flask"><table>.*<\/table><\/section>$/,
    );
  });

  it('numbers repeated names so each region is unique', () => {
    const html = render(`## Data\n\n${TABLE}\n\n${TABLE}`, [scrollableTables]);
    expect([...html.matchAll(/aria-label="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'Table: Data: Django Flask',
      'Table: Data: Django Flask (2)',
    ]);
  });
});

describe('headingIds', () => {
  it('gives headings github-slugger ids, numbering repeats, and keeps a pinned {#id}', () => {
    const html = render('## Versions, as of November 2026 {#versions}\n\n## Hello world\n\n### Hello world', [headingIds]);
    expect(html).toBe(
      '<h2 id="versions">Versions, as of November 2026</h2><h2 id="hello-world">Hello world</h2><h3 id="hello-world-1">Hello world</h3>',
    );
  });

  it('keeps a pinned id out of the generated ones, and refuses a pin that takes over a generated id', () => {
    expect(render('## Routing {#urls}\n\n## Routing', [headingIds])).toBe('<h2 id="urls">Routing</h2><h2 id="routing">Routing</h2>');
    expect(() => render('## Bundled apps {#reusable-apps}\n\n### Reusable apps', [headingIds])).toThrow(
      'the heading "Bundled apps" pins {#reusable-apps}, the id the heading "Reusable apps" has from its text; pick another id',
    );
  });

  it('rejects a malformed or repeated pinned id, naming the problem', () => {
    expect(() => render('## A {#Not_OK}', [headingIds])).toThrow(/Not_OK/);
    expect(() => render('## A {#same}\n\n## B {#same}', [headingIds])).toThrow(/same/);
  });
});
