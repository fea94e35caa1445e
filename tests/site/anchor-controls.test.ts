/**
 * Every chapter heading (h2 to h4), FAQ entry and glossary term has an id and a copy-link control
 * that points at it, and the control's "#" and "Link copied" stay out of heading text and search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chapterPages, DIST, pageAt, type BuiltPage } from '../helpers/dist';
import { sweepPages } from '../helpers/sweep';
import { SEARCH_EXCLUDED } from '../../src/search/search-records';

const chapters = chapterPages();

/** Headings written in Markdown; FAQ and glossary entries are checked below. */
const markdownHeadings = (chapter: BuiltPage) =>
  chapter.root.querySelectorAll('.prose-guide :is(h2, h3, h4)').filter((heading) => !heading.closest('.not-prose'));

function* headingControlProblems(chapter: BuiltPage): Generator<string> {
  const chapterId = chapter.path.split('/')[2];
  for (const heading of markdownHeadings(chapter)) {
    const id = heading.getAttribute('id') ?? '';
    // github-slugger's ids: lower case, no spaces (they may keep "_" or non-ASCII letters).
    if (!/^[^\sA-Z#]+$/.test(id)) yield `heading "${heading.text.trim()}" has id "${id}"`;
    const controls = heading.querySelectorAll('copy-link');
    if (controls.length !== 1) {
      yield `#${id} has ${controls.length} copy controls`;
      continue;
    }
    const control = controls[0]!;
    const link = control.querySelector('a');
    if (link?.getAttribute('href') !== `#${id}`) yield `#${id}: control links to ${link?.getAttribute('href')}`;
    const text = heading.childNodes
      .filter((node) => node !== control)
      .map((node) => node.text)
      .join('')
      .trim();
    const label = link?.getAttribute('aria-label');
    if (label !== `Copy link to section: ${text}`) yield `#${id}: control is labelled "${label}"`;
    if (!control.hasAttribute('data-pagefind-ignore') && !SEARCH_EXCLUDED.some((selector) => control.matches(selector)))
      yield `#${id}: control is neither data-pagefind-ignore nor left out by SEARCH_EXCLUDED`;
    const expected = heading.tagName === 'H2' ? `/s/${chapterId}/${id}/` : undefined;
    const copies = control.getAttribute('data-copy') ?? undefined;
    if (copies !== expected) yield `#${id}: control copies ${copies ?? 'its anchor'}, expected ${expected ?? 'its anchor'}`;
  }
}

describe('chapter headings', () => {
  it('each have an id and one copy control pointing at it', () => {
    expect(chapters.some((chapter) => markdownHeadings(chapter).length > 0)).toBe(true);
    expect(sweepPages(chapters, headingControlProblems)).toEqual([]);
  });
});

describe('generated headings', () => {
  it('"Sources for this chapter" has a copy control to its own anchor on every chapter', () => {
    const problems = chapters.flatMap((chapter) => {
      const heading = chapter.root.querySelector('.source-list h2');
      const href = heading?.querySelector('copy-link > a')?.getAttribute('href');
      return href === `#${heading?.getAttribute('id') ?? 'missing'}` ? [] : [`${chapter.path}: ${href ?? 'no control'}`];
    });
    expect(chapters.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

describe('heading text', () => {
  it('"On this page" lists headings without the control\'s "#" or "Link copied"', () => {
    const entries = chapters.flatMap((page) => page.root.querySelectorAll('nav[aria-label="On this page"] a'));
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.map((a) => a.text.trim()).filter((text) => /#|Link copied/.test(text))).toEqual([]);
  });
});

describe('FAQ entries and glossary terms', () => {
  it.each([
    ['/guide/faq/', 'faq-', 'question'],
    ['/guide/glossary/', 'term-', 'term'],
  ])('%s: each entry heading has a copy control to its own anchor', (path, prefix, noun) => {
    const entries = pageAt(path)?.root.querySelectorAll(`h2[id^="${prefix}"]`) ?? [];
    expect(entries.length).toBeGreaterThan(10);
    for (const heading of entries) {
      const link = heading.querySelector('copy-link > a');
      expect(link?.getAttribute('href')).toBe(`#${heading.getAttribute('id')}`);
      expect(link?.getAttribute('aria-label')).toMatch(new RegExp(`^Copy link to ${noun}: \\S`));
      expect(heading.closest('section')?.getAttribute('aria-label')).not.toMatch(/Copy link/);
    }
  });
});

describe('search index', () => {
  const fragmentDir = join(DIST, 'pagefind', 'fragment');
  const fragments = readdirSync(fragmentDir).map((name) => {
    const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; anchors?: { id: string; text: string }[] };
  });

  it('holds the chapters and no share cards', () => {
    expect(fragments.length).toBeGreaterThanOrEqual(chapters.length);
    expect(fragments.filter((fragment) => fragment.url.includes('/s/'))).toEqual([]);
  });

  it('has no copy-control text in headings or content', () => {
    const anchors = fragments.flatMap((fragment) => fragment.anchors ?? []);
    expect(anchors.length).toBeGreaterThan(200);
    expect(anchors.filter((anchor) => /#|Link copied/.test(anchor.text))).toEqual([]);
    expect(fragments.filter((fragment) => fragment.content.includes('Link copied')).map((f) => f.url)).toEqual([]);
  });
});
