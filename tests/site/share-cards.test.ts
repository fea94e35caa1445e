/**
 * Share cards (/s/<chapter>/ and /s/<chapter>/<section>/): each previews its own section and
 * sends the reader on to an anchor that exists; none is indexed. Every other page has default
 * social meta too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, fragmentTargets, pageAt, refreshTarget, type BuiltPage } from '../helpers/dist';

const SHARE_PAGE = /^\/s\/[^/]+\/(?:[^/]+\/)?$/;
const pages = builtPages();
const sharePages = pages.filter((page) => page.path.startsWith('/s/'));
const chapterPages = pages.filter((page) => /^\/guide\/[^/]+\/$/.test(page.path));
const meta = (page: BuiltPage, key: string) =>
  page.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
const origin = (page: BuiltPage) => new URL(page.root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '').origin;

describe('share cards', () => {
  it('exist for every chapter and every h2 section it has', () => {
    const h2Sections = chapterPages.flatMap((page) => page.root.querySelectorAll('.prose-guide h2[id] > copy-link[data-copy]'));
    expect(h2Sections.length).toBeGreaterThan(60);
    expect(sharePages.length).toBeGreaterThanOrEqual(chapterPages.length + h2Sections.length);
    for (const page of sharePages) expect(page.path).toMatch(SHARE_PAGE);
  });

  it('each h2 copy control copies the share card of its own section', () => {
    for (const chapter of chapterPages) {
      for (const control of chapter.root.querySelectorAll('.prose-guide h2[id] > copy-link[data-copy]')) {
        const id = control.parentNode?.getAttribute('id');
        const card = pageAt(control.getAttribute('data-copy') ?? '');
        expect(card, `share card of ${chapter.path}#${id}`).toBeDefined();
        expect(card && refreshTarget(card)).toBe(`${chapter.path}#${id}`);
      }
    }
  });

  describe.each(sharePages.map((page) => [page.path, page] as const))('%s', (path, page) => {
    const target = refreshTarget(page) ?? '';
    const [targetPath = '', fragment = ''] = target.split('#');

    it('sends the reader on to an existing page and anchor, with a visible link', () => {
      expect(target, 'meta refresh').toBeTruthy();
      const targetPage = pageAt(targetPath);
      expect(targetPage, targetPath).toBeDefined();
      if (fragment) expect(fragmentTargets(targetPage!).has(fragment), target).toBe(true);
      expect(page.root.querySelector(`main a[href="${target}"]`)).toBeTruthy();
    });

    it('has its own preview: title, summary, URL and card type', () => {
      const title = meta(page, 'og:title');
      const heading = page.root.querySelector('h1')?.text.trim() ?? '';
      expect(title).toContain(heading);
      expect(page.root.querySelector('title')?.text).toContain(heading);
      expect(title).not.toMatch(/#|Link copied/);
      const chapterTitle = meta(pageAt(targetPath)!, 'og:title');
      if (fragment) {
        expect(title, 'section card title names the section and its chapter').toBe(`${heading} · ${chapterTitle}`);
        expect(pageAt(targetPath)!.root.querySelector(`[id="${fragment}"]`)?.text).toContain(heading);
      }
      const description = meta(page, 'og:description');
      expect(description.length).toBeGreaterThan(20);
      expect(description.length).toBeLessThanOrEqual(200);
      // Plain text: no leftover MDX components or line breaks.
      expect(description).not.toMatch(/<[A-Z]|\n/);
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page, 'twitter:title')).toBe(title);
      expect(meta(page, 'og:url')).toBe(`${origin(page)}${path}`);
    });

    it('is not indexed: noindex, canonical to the section, outside search', () => {
      expect(meta(page, 'robots')).toBe('noindex');
      const canonical = new URL(page.root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '');
      expect(`${canonical.pathname}${canonical.hash}`).toBe(target);
      expect(page.root.querySelector('[data-pagefind-body]')).toBeNull();
    });
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

describe.each(pages.map((page) => [page.path, page] as const))('social meta of %s', (_path, page) => {
  it('has Open Graph and Twitter card meta', () => {
    for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description']) {
      expect(meta(page, key), key).toBeTruthy();
    }
  });
});
