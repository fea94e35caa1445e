import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { plainText, sectionSummaries, summarize, tidy, truncate } from '../../src/content/sections';
import { isSharePath, shareDescription, sharePath, shareTitle } from '../../src/share/share';

const tree = (source: string) => mdxToMdast(source, { features: { headingAttributes: true }, position: false }) as Root;

describe('section summaries', () => {
  it('take the first paragraph of each ## section as plain text', () => {
    const source = [
      'Intro paragraph, not in any section.',
      '## Routing {#routing}',
      '<Aside kind="note">A callout is not the summary.</Aside>',
      'Django maps **URLs** to views in `urls.py` <Cite s="django-docs" />; see [the docs](/sources/).',
      'A second paragraph.',
      '### A subsection',
      '## Templates',
      '### Straight into a subsection',
      'Sources for the table: <Cite s="x" />.',
      'The first paragraph long enough stands in (see <Cite s="x" />).',
      '## A list follows',
      'Flask is built from three libraries that are useful on their own:',
      '## Empty',
      '```python\nprint("code is not a summary")\n```',
    ].join('\n\n');
    expect(sectionSummaries(tree(source))).toEqual([
      'Django maps URLs to views in urls.py; see the docs.',
      'The first paragraph long enough stands in (see).',
      'Flask is built from three libraries that are useful on their own…',
      '',
    ]);
  });

  it('read text the way a reader sees it', () => {
    const paragraph = tree('One *two* `three`\nfour <Cite s="a" />.').children[0]!;
    expect(tidy(plainText(paragraph as never))).toBe('One two three four.');
    expect(summarize('Three of them:\n')).toBe('Three of them…');
  });

  it('trim to about 200 characters at a word boundary', () => {
    const long = `${'word '.repeat(60)}end`;
    const cut = truncate(long);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/word…$/);
    expect(truncate('Short enough.')).toBe('Short enough.');
    expect(truncate('Ends in a comma, then more text here', 20)).toBe('Ends in a comma…');
  });
});

describe('share cards', () => {
  it('live under /s/<chapter>/ and /s/<chapter>/<section>/', () => {
    expect(sharePath('web-layer')).toBe('/s/web-layer/');
    expect(sharePath('web-layer', 'routing')).toBe('/s/web-layer/routing/');
    expect(isSharePath('/s/web-layer/routing/')).toBe(true);
    expect(isSharePath('/sources/')).toBe(false);
  });

  it('title the section with its chapter and fall back to the chapter description', () => {
    expect(shareTitle('The web layer', 'Routing')).toBe('Routing · The web layer');
    expect(shareTitle('The web layer')).toBe('The web layer');
    expect(shareDescription('', 'The chapter.')).toBe('The chapter.');
    expect(shareDescription('The section.', 'The chapter.')).toBe('The section.');
  });
});
