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
      // Each marker links to its source's entry in the list (Cite.astro, SourceList.astro), from
      // which the browser builds the popover it opens (src/guide/cite-popovers.ts).
      return root.querySelectorAll('.cite a').flatMap((marker) => {
        const target = marker.getAttribute('href') ?? '';
        const entry = list.querySelector(`li[id="${target.slice(1)}"]`);
        if (!target.startsWith('#') || !entry) return [`${path}: marker ${marker.text} links to no entry of the list (${target})`];
        const id = entry.querySelector('a')?.getAttribute('href')?.replace('/sources/#', '') ?? '';
        const source = sources.find((candidate) => candidate.id === id);
        if (!source) return [`${path}: ${id} is cited but not a source`];
        const text = entry.text.replace(/\s+/g, ' ');
        // The list numbers its entries 1, 2, 3 … (no value attributes): an entry's number is its place.
        const number = String(list.querySelectorAll('li').indexOf(entry) + 1);
        return [
          ...(text.includes(source.publisher) && text.includes(source.date) ? [] : [`${path}: ${id} lacks publisher or date`]),
          ...(entry.hasAttribute('value') ? [`${path}: entry ${id} has a value attribute; the list numbers itself`] : []),
          ...(marker.text.trim() === number ? [] : [`${path}: marker ${marker.text} links to source ${number}`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });
});
