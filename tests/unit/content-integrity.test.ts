import { describe, expect, it } from 'vitest';
import {
  checkContent,
  citedIds,
  embeddedAnchors,
  internalLinks,
  linkProblem,
  type ChapterSnapshot,
  type SiteSnapshot,
} from '../../src/lib/content-integrity';

const pages = new Map<string, Set<string>>([
  ['/guide/overview/', new Set(['main', 'versions'])],
  ['/guide/data-layer/', new Set(['main', 'the-admin'])],
  ['/sources/', new Set(['main', 'apidog', 'edureka'])],
]);

const chapter = (overrides: Partial<ChapterSnapshot> = {}): ChapterSnapshot => ({
  id: 'overview',
  file: 'content/guide/overview.mdx',
  sources: ['apidog'],
  body: 'Plain text <Cite s="apidog" /> and [a link](/guide/data-layer/#the-admin).',
  headingIds: ['versions'],
  ...overrides,
});

const site = (overrides: Partial<SiteSnapshot> = {}): SiteSnapshot => ({
  sourceIds: ['apidog', 'edureka'],
  chapters: [chapter()],
  entries: [],
  pages,
  ...overrides,
});

describe('citedIds', () => {
  it('reads space- and comma-separated ids from every <Cite>', () => {
    expect(citedIds('a <Cite s="apidog edureka" /> b <Cite s=\'dec2020, stepmedia\'/>')).toEqual([
      'apidog',
      'edureka',
      'dec2020',
      'stepmedia',
    ]);
  });
});

describe('internalLinks', () => {
  it('finds Markdown and href links that stay on the site, not external ones', () => {
    const body = '[a](/guide/x/) [b](#here) [c](https://example.com/) <a href="/sources/#apidog">d</a>';
    expect(internalLinks(body)).toEqual(['/guide/x/', '#here', '/sources/#apidog']);
  });
});

describe('linkProblem', () => {
  it('accepts existing pages and fragments', () => {
    expect(linkProblem('/guide/data-layer/#the-admin', pages)).toBeUndefined();
    expect(linkProblem('/sources/', pages)).toBeUndefined();
  });
  it('resolves same-page fragments against the page the link is on', () => {
    expect(linkProblem('#versions', pages, '/guide/overview/')).toBeUndefined();
    expect(linkProblem('#nope', pages, '/guide/overview/')).toBe('/guide/overview/ has no #nope');
  });
  it('explains a missing page and a missing fragment', () => {
    expect(linkProblem('/guide/missing/', pages)).toBe('no page at /guide/missing/');
    expect(linkProblem('/guide/data-layer/#admin', pages)).toBe('/guide/data-layer/ has no #admin');
  });
});

describe('embeddedAnchors', () => {
  it('adds the anchors of data components a chapter uses', () => {
    const anchors = { FaqList: ['faq-a'], GlossaryList: ['term-b'] };
    expect(embeddedAnchors('Intro\n\n<FaqList />', anchors)).toEqual(['faq-a']);
    expect(embeddedAnchors('<FaqListing />', anchors)).toEqual([]);
  });
});

describe('checkContent', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(checkContent(site())).toEqual([]);
  });

  it('names the chapter file and front-matter field for an unknown source', () => {
    const problems = checkContent(site({ chapters: [chapter({ sources: ['apidog', 'wikipedia'] })] }));
    expect(problems).toEqual([
      { file: 'content/guide/overview.mdx', field: 'sources', message: 'unknown source id "wikipedia"' },
    ]);
  });

  it('names the <Cite> with an unknown source', () => {
    const problems = checkContent(site({ chapters: [chapter({ body: 'x <Cite s="apidog blog" />' })] }));
    expect(problems).toEqual([expect.objectContaining({ field: 'body <Cite s="blog">', message: 'unknown source id "blog"' })]);
  });

  it('names a body link to a missing chapter or anchor', () => {
    const problems = checkContent(
      site({ chapters: [chapter({ body: '[x](/guide/missing/) [y](/guide/data-layer/#admin)' })] }),
    );
    expect(problems.map((p) => p.field)).toEqual(['body link /guide/missing/', 'body link /guide/data-layer/#admin']);
  });

  it('names the data entry and field for unknown sources and broken links', () => {
    const problems = checkContent(
      site({
        entries: [
          {
            collection: 'decision',
            id: 'size',
            file: 'content/decision.yaml',
            sources: ['nobody'],
            links: { 'options[1].link': '/guide/overview/#gone' },
          },
        ],
      }),
    );
    expect(problems).toEqual([
      { file: 'content/decision.yaml', field: 'entry "size" › sources', message: 'unknown source id "nobody"' },
      { file: 'content/decision.yaml', field: 'entry "size" › options[1].link', message: '/guide/overview/ has no #gone' },
    ]);
  });

  it('reports ids duplicated within a collection across files', () => {
    const entry = { collection: 'faq', id: 'speed', sources: ['apidog'], links: {} };
    const problems = checkContent(
      site({ entries: [{ ...entry, file: 'content/faq.yaml' }, { ...entry, file: 'content/faq-2.yaml' }] }),
    );
    expect(problems).toEqual([
      { file: 'content/faq-2.yaml', field: 'entry "speed" › id', message: 'duplicate id (also in content/faq.yaml)' },
    ]);
  });
});
