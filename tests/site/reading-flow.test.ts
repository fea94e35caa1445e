/**
 * The page as a text browser, a reader mode or a screen reader in browse mode meets it: the
 * document order with no CSS (lynx shows hidden elements, templates and closed popovers alike).
 * A chapter's title comes within the first lines, citations in the text are short numbered
 * markers linking to the list of sources after the text, and no status message ("Link
 * copied") stands in the text before anything happened.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, isMovedPage } from '../helpers/dist';

const pages = builtPages();
const chapters = pages.filter((page) => /^\/guide\/[^/]+\/$/.test(page.path) && !isMovedPage(page));
/** How much text may come before a chapter's title: the skip link, the site name, the main links, search and theme. */
const MAX_TEXT_BEFORE_TITLE = 160;

/** The page's text in document order, as a browser without CSS shows it (scripts and styles left out). */
function textInOrder(root: HTMLElement): string {
  const body = root.querySelector('body')!.clone() as HTMLElement;
  for (const element of body.querySelectorAll('script, style')) element.remove();
  return body.text.replace(/\s+/g, ' ').trim();
}

describe('text order without CSS', () => {
  it('covers every chapter', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(20);
  });

  it("a chapter's title comes within the first lines", () => {
    const late = chapters.flatMap(({ path, root }) => {
      const title = root.querySelector('h1')!.text.replace(/\s+/g, ' ').trim();
      const before = textInOrder(root).indexOf(title);
      return before >= 0 && before <= MAX_TEXT_BEFORE_TITLE ? [] : [`${path}: ${before} characters before "${title}"`];
    });
    expect(late).toEqual([]);
  });

  it("citations in a chapter's text are numbers: every popover naming sources follows its list of sources", () => {
    const inline = chapters.flatMap(({ path, root }) =>
      root
        .querySelectorAll('article [popover]')
        .flatMap((popover) => (popover.closest('section.source-list') ? [] : [`${path}: #${popover.id}`])),
    );
    expect(inline).toEqual([]);
  });

  it('no page says "Link copied" before anything was copied', () => {
    const early = pages.filter(({ root }) => textInOrder(root).includes('Link copied')).map(({ path }) => path);
    expect(early).toEqual([]);
  });
});

describe('citations once per source', () => {
  it('every marker links to its source in the list of the page, which names each source once, and carries no tooltip copy of it', () => {
    const problems = pages.flatMap(({ path, root }) => {
      const entries = root.querySelectorAll('section.source-list li');
      const found: string[] = [];
      const named = entries.map((entry) => entry.querySelector('a')?.getAttribute('href'));
      if (new Set(named).size < named.length) found.push('a source listed twice');
      // The popovers are built in the browser from the list (src/guide/cite-popovers.ts).
      if (root.querySelector('.cite-pop')) found.push('a popover in the HTML');
      for (const marker of root.querySelectorAll('.cite a')) {
        const target = marker.getAttribute('href') ?? '';
        if (!entries.some((entry) => `#${entry.id}` === target))
          found.push(`marker ${marker.text} links to no entry of the list (${target})`);
        if (marker.hasAttribute('title')) found.push(`marker ${marker.text} repeats its sources in a title`);
      }
      return found.map((problem) => `${path}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
