import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { chapterDocument, paragraph, text, toPlainMdast, type MarkdownResolvers } from '../../src/export/chapter-markdown';
import { llmsTxt } from '../../src/export/llms-txt';

const resolvers: MarkdownResolvers = {
  fact: (id, show) => `${id}:${show ?? 'value'}`,
  cite: (ids) => ids.map((id, index) => ({ id, number: index + 1, href: `https://example.org/sources/#${id}` })),
  link: (url) => (url.startsWith('/') ? `https://example.org${url}` : url),
  example: (meta) =>
    meta.includes('example=') ? { label: 'app.py. Tested with Flask 3.1.3, Python 3.11', code: 'app = Flask(__name__)' } : undefined,
  component: (name) => (name === 'FaqList' ? [paragraph(text('All the questions.'))] : undefined),
};

const render = (mdx: string) =>
  chapterDocument({
    title: 'T',
    description: 'D',
    url: 'https://example.org/guide/t/',
    updated: '1 December 2026',
    body: toPlainMdast(mdxToMdast(mdx, { features: { headingAttributes: true }, position: false }) as Root, resolvers, 't.mdx'),
    sources: [
      { id: 'apidog', number: 1, publisher: 'Apidog', title: 'Flask vs Django', date: '2024', href: 'https://example.org/sources/#apidog' },
    ],
  });

describe('chapter Markdown', () => {
  it('resolves facts, citations, links, asides and example code', () => {
    const markdown = render(
      [
        '## Versions {#versions}',
        '',
        'Django is <Fact id="django-latest" show="both" /> <Cite s="apidog" />. See [the FAQ](/guide/faq/).',
        '',
        '<Aside kind="disagree" title="Is it?">',
        'Yes.',
        '</Aside>',
        '',
        '```python example="flask-blog/app.py"',
        '```',
        '',
        '<FaqList />',
      ].join('\n'),
    );
    expect(markdown).toContain('## Versions\n');
    expect(markdown).toContain('Django is django-latest:both [1][apidog]. See [the FAQ](https://example.org/guide/faq/).');
    expect(markdown).toContain('> **Sources disagree: Is it?**');
    expect(markdown).toContain('app.py. Tested with Flask 3.1.3, Python 3.11\n\n```python\napp = Flask(__name__)\n```');
    expect(markdown).toContain('All the questions.');
    expect(markdown).toMatch(
      /## Sources for this chapter\n\n1\. \*\*Apidog\*\*, \[Flask vs Django\]\(https:\/\/example\.org\/sources\/#apidog\), 2024/,
    );
    expect(markdown).toContain('[apidog]: https://example.org/sources/#apidog');
  });

  it('prints a collapsed block open, its summary in bold above what it holds', () => {
    const markdown = render(
      ['<details class="bench-more">', '<summary>Every figure, with its range</summary>', '', '<FaqList />', '', '</details>'].join('\n'),
    );
    expect(markdown).toContain('**Every figure, with its range**\n\nAll the questions.');
  });

  it('fails on a component it has no Markdown form for, naming the chapter', () => {
    expect(() => render('<Mystery />')).toThrow(
      't.mdx: (while rendering): Expected component `Mystery` to be defined, with a Markdown form',
    );
  });
});

describe('llms.txt', () => {
  it('has a title, a summary, notes and sections of described links', () => {
    const text = llmsTxt({
      title: 'Guide',
      summary: 'What it is.',
      notes: 'Notes.',
      sections: [
        { name: 'Start', links: [{ title: 'Over [view]', url: 'https://example.org/o.md', description: 'First\nchapter.' }] },
        { name: 'Empty', links: [] },
      ],
    });
    expect(text).toBe('# Guide\n\n> What it is.\n\nNotes.\n\n## Start\n\n- [Over \\[view\\]](https://example.org/o.md): First chapter.\n');
  });
});
