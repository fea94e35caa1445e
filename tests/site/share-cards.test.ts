/**
 * Share cards (/s/<chapter>/ and /s/<chapter>/<section>/): each previews its own section and
 * sends the reader on to an anchor that exists; none is indexed. Every other page has default
 * social meta too. Each invariant is one sweep over all cards (or pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, fragmentTargets, isMovedPage, pageAt, refreshTarget, type BuiltPage } from '../helpers/dist';
import { sweepPages } from '../helpers/sweep';

const SHARE_PAGE = /^\/s\/[^/]+\/(?:[^/]+\/)?$/;
const SOCIAL_META = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:site_name',
  'twitter:card',
  'twitter:title',
  'twitter:description',
];
const pages = builtPages();
const sharePages = pages.filter((page) => page.path.startsWith('/s/') && !isMovedPage(page));
const chapterPages = pages.filter((page) => /^\/guide\/[^/]+\/$/.test(page.path) && !isMovedPage(page));
const meta = (page: BuiltPage, key: string) =>
  page.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
const origin = (page: BuiltPage) => new URL(page.root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '').origin;
const h2Controls = (chapter: BuiltPage) => chapter.root.querySelectorAll('.prose-guide h2[id] > copy-link[data-copy]');

/** Where a card sends the reader: "/guide/x/#section" split into page and fragment. */
function targetOf(card: BuiltPage): { target: string; targetPath: string; fragment: string } {
  const target = refreshTarget(card) ?? '';
  const [targetPath = '', fragment = ''] = target.split('#');
  return { target, targetPath, fragment };
}

function* redirectProblems(card: BuiltPage): Generator<string> {
  const { target, targetPath, fragment } = targetOf(card);
  if (!target) return yield 'no meta refresh';
  const targetPage = pageAt(targetPath);
  if (!targetPage) return yield `sends readers to ${targetPath}, which was not built`;
  if (fragment && !fragmentTargets(targetPage).has(fragment)) yield `sends readers to ${target}, which has no such anchor`;
  if (!card.root.querySelector(`main a[href="${target}"]`)) yield `no visible link to ${target}`;
}

function* previewProblems(card: BuiltPage): Generator<string> {
  const { targetPath, fragment } = targetOf(card);
  const title = meta(card, 'og:title');
  const heading = card.root.querySelector('h1')?.text.trim() ?? '';
  if (!heading || !title.includes(heading)) yield `og:title "${title}" lacks the heading "${heading}"`;
  if (!card.root.querySelector('title')?.text.includes(heading)) yield `<title> lacks the heading "${heading}"`;
  if (/#|Link copied/.test(title)) yield `og:title "${title}" carries the copy control's text`;
  const chapter = pageAt(targetPath);
  if (fragment && chapter) {
    const expected = `${heading} · ${meta(chapter, 'og:title')}`;
    if (title !== expected) yield `section card title "${title}" is not "${expected}"`;
    if (!chapter.root.querySelector(`[id="${fragment}"]`)?.text.includes(heading)) yield `heading "${heading}" is not that of #${fragment}`;
  }
  const description = meta(card, 'og:description');
  if (description.length <= 20 || description.length > 200) yield `og:description is ${description.length} characters (21 to 200)`;
  // Plain text: no leftover MDX components or line breaks.
  if (/<[A-Z]|\n/.test(description)) yield `og:description is not plain text: ${JSON.stringify(description)}`;
  if (meta(card, 'twitter:card') !== 'summary_large_image') yield 'twitter:card is not "summary_large_image"';
  if (meta(card, 'twitter:title') !== title) yield 'twitter:title differs from og:title';
  if (meta(card, 'og:url') !== `${origin(card)}${card.path}`) yield `og:url ${meta(card, 'og:url')} is not the card's URL`;
}

function* indexingProblems(card: BuiltPage): Generator<string> {
  if (meta(card, 'robots') !== 'noindex') yield 'not noindex';
  const canonical = new URL(card.root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '');
  const { target } = targetOf(card);
  if (`${canonical.pathname}${canonical.hash}` !== target) yield `canonical ${canonical.href} is not ${target}`;
  if (card.root.querySelector('[data-pagefind-body]')) yield 'is in the search index (data-pagefind-body)';
}

describe('share cards', () => {
  it('exist for every chapter and every h2 section it has, at /s/ paths', () => {
    const h2Sections = chapterPages.flatMap(h2Controls);
    expect(h2Sections.length).toBeGreaterThan(chapterPages.length);
    expect(sharePages.length).toBeGreaterThanOrEqual(chapterPages.length + h2Sections.length);
    expect(sharePages.map((page) => page.path).filter((path) => !SHARE_PAGE.test(path))).toEqual([]);
  });

  it('each h2 copy control copies the share card of its own section', () => {
    const problems = sweepPages(chapterPages, function* (chapter) {
      for (const control of h2Controls(chapter)) {
        const id = control.parentNode?.getAttribute('id');
        const card = pageAt(control.getAttribute('data-copy') ?? '');
        if (!card) yield `#${id}: no share card at ${control.getAttribute('data-copy')}`;
        else if (refreshTarget(card) !== `${chapter.path}#${id}`) yield `#${id}: its card sends readers to ${refreshTarget(card)}`;
      }
    });
    expect(problems).toEqual([]);
  });

  it('send the reader on to an existing page and anchor, with a visible link', () => {
    expect(sweepPages(sharePages, redirectProblems)).toEqual([]);
  });

  it('have their own preview: title, summary, URL and card type', () => {
    expect(sweepPages(sharePages, previewProblems)).toEqual([]);
  });

  it('are not indexed: noindex, canonical to the section, outside search', () => {
    expect(sweepPages(sharePages, indexingProblems)).toEqual([]);
  });

  it('section cards carry different previews from their chapter', () => {
    const card = pageAt('/s/overview/django-in-one-paragraph/')!;
    expect(meta(card, 'og:title')).toBe('Django in one paragraph · Overview');
    expect(meta(card, 'og:description')).toMatch(/^Django is a full-stack framework/);
    expect(meta(card, 'og:description')).not.toBe(meta(pageAt('/guide/overview/')!, 'og:description'));
  });

  it('are left out of the sitemap, with the redirect pages', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/guide/overview/');
    expect(sitemap).not.toContain('/s/');
    expect(sitemap).not.toMatch(/<loc>https?:\/\/[^/<]+\/faq\/<\/loc>/);
  });
});

describe('every page', () => {
  it('has Open Graph and Twitter card meta', () => {
    expect(sweepPages(pages, (page) => SOCIAL_META.filter((key) => !meta(page, key)).map((key) => `no ${key}`))).toEqual([]);
  });
});
