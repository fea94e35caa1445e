/**
 * Chapters teach the frameworks; the articles are named in prose only where their claim is the
 * subject. This reports how often each chapter names them (see src/checks/article-mentions.ts for
 * what counts as prose and as a mention) and fails a chapter above the target. The myths
 * chapter is exempt: naming the articles' claims is its subject.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mentionPattern, mentionRate as mentionRateOf, proseOf as proseOfRecord } from '../../src/checks/article-mentions';
import { scanChapter } from '../../src/content/chapter-scan';
import { PROJECT_ROOT } from '../helpers/fixture-project';

/** At most this many mentions per 1,000 words of prose. */
const TARGET_PER_THOUSAND = 3;
const EXEMPT = new Set(['myths']);

/** The counts over a chapter's text as its one walk records it. */
const mentionRate = (mdx: string, names: readonly string[]) => mentionRateOf(scanChapter('content/guide/x.mdx', mdx), names);
const proseOf = (mdx: string) => proseOfRecord(scanChapter('content/guide/x.mdx', mdx));

interface SourceEntry {
  id: string;
  kind?: string;
  short?: string;
}

const sources = parse(readFileSync(join(PROJECT_ROOT, 'content', 'sources.yaml'), 'utf8')) as SourceEntry[];
const articleNames = sources.filter((source) => source.kind === undefined).flatMap((source) => [source.id, source.short ?? '']);

describe('article mentions: how they are counted', () => {
  const names = ['Apidog', 'Unsigned article', 'dec2020'];

  it('counts a name with its possessive and "article" as one mention', () => {
    // As the page shows it: the pipeline's smart punctuation turns the apostrophe.
    expect(mentionRate("Apidog's article says so. The Dec 2020 article disagrees.", names).phrases).toEqual([
      'Apidog’s article',
      'Dec 2020 article',
    ]);
  });

  it('counts an <ArticleName> (the registry renders the name) as one mention', () => {
    expect(mentionRate('As the <ArticleName s="dec2020" /> says, and so does <ArticleName s="apidog" />.', names).mentions).toBe(2);
  });

  it('counts collective references and ignores words that merely contain a name', () => {
    expect(mentionRate('The articles agree; five articles say it; articled clerks do not count.', names).mentions).toBe(2);
    expect('articled'.match(mentionPattern(names))).toBeNull();
  });

  it('leaves out headings, tables, code, citation markers and front matter', () => {
    const mdx = [
      '---',
      'title: Apidog',
      '---',
      '## What the articles claimed',
      '| Apidog | row |',
      '| --- | --- |',
      '```python',
      '# an article in code',
      '```',
      'Django ships an admin <Cite s="apidog" /> and runs on <Fact id="django.latest" />.',
    ].join('\n');
    expect(proseOf(mdx)).not.toMatch(/Apidog|article|Cite/);
    const rate = mentionRate(mdx, names);
    expect(rate).toMatchObject({ mentions: 0, words: 8 });
  });

  it('keeps the text of links and asides as prose', () => {
    const rate = mentionRate('<Aside kind="note">\nEdureka-free [the articles](/guide/myths/) text\n</Aside>', names);
    expect(rate.phrases).toEqual(['articles']);
  });
});

describe('article mentions per chapter', () => {
  const dir = join(PROJECT_ROOT, 'content', 'guide');
  const rates = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ chapter: file.replace(/\.mdx$/, ''), ...mentionRate(readFileSync(join(dir, file), 'utf8'), articleNames) }));

  it('finds the articles by name', () => {
    expect(articleNames).toEqual(expect.arrayContaining(['apidog', 'Apidog', 'dec2020']));
  });

  it(`every chapter but the myths names the articles at most ${TARGET_PER_THOUSAND} times per 1,000 words of prose`, () => {
    console.table(
      rates.map(({ chapter, words, mentions, perThousand }) => ({ chapter, words, mentions, perThousand: perThousand.toFixed(1) })),
    );
    const over = rates
      .filter(({ chapter, perThousand }) => !EXEMPT.has(chapter) && perThousand > TARGET_PER_THOUSAND)
      .map(
        ({ chapter, mentions, words, perThousand, phrases }) =>
          `${chapter}: ${mentions} in ${words} words (${perThousand.toFixed(1)}/1000): ${phrases.join(', ')}`,
      );
    expect(over).toEqual([]);
  });
});
