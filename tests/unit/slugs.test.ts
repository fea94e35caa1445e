import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { assignHeadingIds, explicitIdProblem } from '../../src/guide/slugs';
import { headingIds } from '../../src/guide/heading-ids';

describe('generated heading ids', () => {
  it('follow github-slugger, as Astro does: lower case, punctuation dropped, repeats numbered', () => {
    expect(
      assignHeadingIds([
        { text: 'Versions and support, as of November 2026' },
        { text: "Django 6.0's tasks API" },
        { text: 'Flask: decorators and url_for' },
        { text: 'Background tasks' },
        { text: 'Background tasks' },
      ]),
    ).toEqual([
      'versions-and-support-as-of-november-2026',
      'django-60s-tasks-api',
      'flask-decorators-and-url_for',
      'background-tasks',
      'background-tasks-1',
    ]);
  });
});

describe('pinned heading ids', () => {
  it('win over the text', () => {
    expect(
      assignHeadingIds([
        { text: 'Routing' },
        { text: 'URL routing in 2026', explicitId: 'url-routing' },
        { text: 'Routing' },
        { text: 'Popularity, as of June 2026', explicitId: 'popularity' },
      ]),
    ).toEqual(['routing', 'url-routing', 'routing-1', 'popularity']);
  });

  it('may not take the id another heading has from its text: old links would land on the new heading', () => {
    expect(() =>
      assignHeadingIds([{ text: 'Routing' }, { text: 'URL routing in 2026', explicitId: 'routing-1' }, { text: 'Routing' }]),
    ).toThrow('the heading "URL routing in 2026" pins {#routing-1}, the id the heading "Routing" has from its text; pick another id');
    expect(() => assignHeadingIds([{ text: 'Popularity, as of June 2026', explicitId: 'popularity' }, { text: 'Popularity' }])).toThrow(
      'the heading "Popularity, as of June 2026" pins {#popularity}, the id the heading "Popularity" has from its text; pick another id',
    );
  });

  it('must be lower-case words joined by hyphens, and unique', () => {
    expect(explicitIdProblem('static-files')).toBeUndefined();
    expect(explicitIdProblem('')).toMatch(/lower-case words/);
    expect(explicitIdProblem('Static_Files')).toMatch(/lower-case words/);
    expect(() => assignHeadingIds([{ text: 'A', explicitId: 'Bad Id' }])).toThrow(/\{#Bad Id\}/);
    expect(() =>
      assignHeadingIds([
        { text: 'A', explicitId: 'x' },
        { text: 'B', explicitId: 'x' },
      ]),
    ).toThrow(/two headings/);
  });
});

describe('the Markdown pipeline', () => {
  /** Compiles MDX as the site does (heading attributes on, our plugin) and lists the h2 ids and text. */
  function headings(source: string) {
    const { code } = mdxToJs(source, {
      features: { headingAttributes: true },
      hastPlugins: [headingIds],
      jsxImportSource: 'astro',
      fileURL: new URL('file:///content/guide/example.mdx'),
    });
    return [...code.matchAll(/_components\.h2, \{\s*id: "([^"]*)",\s*children: "([^"]*)"/g)].map((m) => [m[1], m[2]]);
  }

  it('accepts `## Heading {#custom-id}` in MDX and keeps the marker out of the text', () => {
    expect(headings('## Routing\n\n## Popularity, as of June 2026 {#popularity}\n\n## Routing\n')).toEqual([
      ['routing', 'Routing'],
      ['popularity', 'Popularity, as of June 2026'],
      ['routing-1', 'Routing'],
    ]);
  });

  it('fails the build on a malformed or repeated pinned id, naming the file', () => {
    expect(() => headings('## A {#Bad_Id}\n')).toThrow(/example\.mdx: heading id \{#Bad_Id\}/);
    expect(() => headings('## A {#x}\n\n## B {#x}\n')).toThrow(/two headings declare the id \{#x\}/);
    expect(() => headings('## Bundled apps {#reusable-apps}\n\n### Reusable apps\n')).toThrow(
      /example\.mdx: the heading "Bundled apps" pins \{#reusable-apps\}, the id the heading "Reusable apps" has from its text/,
    );
  });
});
