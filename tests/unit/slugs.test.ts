import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { assignHeadingIds, explicitIdProblem } from '../../src/lib/slugs';
import { headingIds } from '../../src/markdown/heading-ids';

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
  it('win over the text and are never taken by a generated id', () => {
    expect(
      assignHeadingIds([
        { text: 'Routing' },
        { text: 'URL routing in 2026', explicitId: 'routing-1' },
        { text: 'Routing' },
        { text: 'Popularity, as of June 2026', explicitId: 'popularity' },
        { text: 'Popularity' },
      ]),
    ).toEqual(['routing', 'routing-1', 'routing-2', 'popularity', 'popularity-1']);
  });

  it('must be lower-case words joined by hyphens, and unique', () => {
    expect(explicitIdProblem('static-files')).toBeUndefined();
    expect(explicitIdProblem('')).toMatch(/lower-case words/);
    expect(explicitIdProblem('Static_Files')).toMatch(/lower-case words/);
    expect(() => assignHeadingIds([{ text: 'A', explicitId: 'Bad Id' }])).toThrow(/\{#Bad Id\}/);
    expect(() => assignHeadingIds([{ text: 'A', explicitId: 'x' }, { text: 'B', explicitId: 'x' }])).toThrow(/two headings/);
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
    expect(headings('## Routing\n\n## Popularity, as of June 2026 {#popularity}\n\n## Popularity\n')).toEqual([
      ['routing', 'Routing'],
      ['popularity', 'Popularity, as of June 2026'],
      ['popularity-1', 'Popularity'],
    ]);
  });

  it('fails the build on a malformed or repeated pinned id, naming the file', () => {
    expect(() => headings('## A {#Bad_Id}\n')).toThrow(/example\.mdx: heading id \{#Bad_Id\}/);
    expect(() => headings('## A {#x}\n\n## B {#x}\n')).toThrow(/two headings declare the id \{#x\}/);
  });
});
