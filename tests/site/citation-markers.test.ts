/**
 * Citations that cite without shouting (issue 18): chapter text carries compact numbered
 * markers, never a bracketed list of source names, and every source a chapter cites is in its
 * "Sources for this chapter" list with publisher and date, under the number its markers show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterPages } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/fixture-project';

interface Source {
  id: string;
  publisher: string;
  date: string;
  short: string;
}
const sources = parseYaml(readFileSync(join(PROJECT_ROOT, 'content/sources.yaml'), 'utf8')) as Source[];
const names = [...new Set(sources.flatMap(({ short, publisher }) => [short, publisher.replace(/ \(.*\)$/, '')]))];

/** How many source names a bracketed run of text mentions. */
const namesIn = (text: string) => names.filter((name) => text.includes(name)).length;

const chapters = chapterPages();

describe('citation markers', () => {
  it('measures every chapter', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(20);
  });

  it('no chapter shows a bracketed list of two or more source names', () => {
    const problems = chapters.flatMap(({ path, root }) => {
      const article = root.querySelector('article')!.clone() as typeof root;
      // What a reader sees: closed popovers are not shown.
      for (const popover of article.querySelectorAll('[popover]')) popover.remove();
      return [...article.text.matchAll(/\[([^\]]{0,400})\]/g)]
        .filter((match) => namesIn(match[1] ?? '') >= 2)
        .map((match) => `${path}: ${match[0].slice(0, 80)}`);
    });
    expect(problems).toEqual([]);
  });

  it("every cited source is in the chapter's list, numbered as its markers say, with publisher and date", () => {
    const problems = chapters.flatMap(({ path, root }) => {
      const list = root.querySelector('section.source-list');
      if (!list) return [`${path}: no "Sources for this chapter"`];
      const entries = new Map(
        list.querySelectorAll('li').map((li) => [li.querySelector('a')?.getAttribute('href')?.replace('/sources/#', '') ?? '', li]),
      );
      // Each marker opens its source's one popover on the page (Cite.astro, SourceList.astro).
      return root.querySelectorAll('.cite-marker').flatMap((marker) => {
        const popover = root.querySelector(`[id="${marker.getAttribute('popovertarget') ?? ''}"]`);
        const link = popover?.querySelector('a.cite-source');
        if (!link) return [`${path}: marker ${marker.text} opens no source`];
        const id = link.getAttribute('href')?.replace('/sources/#', '') ?? '';
        const source = sources.find((candidate) => candidate.id === id);
        const entry = entries.get(id);
        const number = link.querySelector('.cite-number')?.text;
        if (!source || !entry) return [`${path}: ${id} is cited but not listed`];
        const text = entry.text.replace(/\s+/g, ' ');
        return [
          ...(text.includes(source.publisher) && text.includes(source.date) ? [] : [`${path}: ${id} lacks publisher or date`]),
          ...(entry.getAttribute('value') === number ? [] : [`${path}: ${id} numbered ${number} in its popover`]),
          ...(marker.text.trim() === number ? [] : [`${path}: marker ${marker.text} opens source ${number}`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });
});
