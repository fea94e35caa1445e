/**
 * Every chapter's Markdown twin (/guide/<id>.md) holds the chapter's prose: each paragraph of
 * the HTML page appears in it once both are reduced to plain text, so the two cannot drift.
 * Its sources are numbered as the page numbers them. /llms.txt lists every twin and the tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterPages, DIST, type BuiltPage } from '../helpers/dist';
import { sweepPages } from '../helpers/sweep';

const chapters = chapterPages();
const twinFile = (page: BuiltPage) => join(DIST, `${page.path.slice(0, -1)}.md`);
const twin = (page: BuiltPage) => readFileSync(twinFile(page), 'utf8');

const squash = (value: string) =>
  value
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** A Markdown text as plain words: links reduced to their text, markers and emphasis dropped. */
export function markdownPlainText(markdown: string): string {
  // Line-start syntax first, while lines still start where the Markdown starts them.
  const structure = markdown
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '') // blockquote prefixes
    .replace(/^[ \t]*(?:[-*]|\d+\.)[ \t]+/gm, '') // list markers
    .replace(/^#{1,6} /gm, '')
    .replace(/^\[[^\]]+\]: .*$/gm, '') // reference definitions
    .replace(/ ?\[\d+\]\[[^\]]+\]/g, '') // citation markers
    .replace(/!?\[((?:\\.|[^\]])*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/<(https?:[^>]+)>/g, '$1');
  // Code spans keep their text as written; elsewhere emphasis goes and escapes are undone.
  const text = structure
    .split(/(`+)([^`]*?)\1/)
    .map((part, index) => {
      if (index % 3 === 2) return part;
      if (index % 3 === 1) return '';
      return part
        .replace(/\*\*|\*/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~])/g, '$1')
        .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
    })
    .join('');
  return squash(text);
}

/** A page paragraph as plain words, without its citation markers. */
function paragraphText(paragraph: BuiltPage['root']): string {
  const copy = paragraph.clone() as BuiltPage['root'];
  for (const marker of copy.querySelectorAll('.cite, copy-link, .sr-only')) marker.remove();
  return squash(copy.text).replace(/\s+([.,;:)])/g, '$1');
}

function* missingProse(page: BuiltPage): Generator<string> {
  if (!existsSync(twinFile(page))) {
    yield 'no .md twin';
    return;
  }
  const text = markdownPlainText(twin(page)).replace(/\s+([.,;:)])/g, '$1');
  // Example labels are written differently (file, note and "Tested with" in one line), benchmark
  // figures are drawn only on the page; everything else is prose the twin must hold.
  const paragraphs = page.root
    .querySelectorAll('.prose-guide p')
    .filter((p) => !p.closest('.example-source, .bench-chart, .bench-setup, .bench-table'));
  for (const paragraph of paragraphs) {
    const expected = paragraphText(paragraph);
    if (expected && !text.includes(expected)) yield `paragraph missing: "${expected.slice(0, 120)}"`;
  }
}

describe('Markdown twins of the chapters', () => {
  it('hold every paragraph of their page', () => {
    expect(chapters.length).toBeGreaterThan(10);
    expect(sweepPages(chapters, missingProse)).toEqual([]);
  });

  it('number their sources as the page does', () => {
    const problems = chapters.flatMap((page) => {
      const onPage = page.root.querySelectorAll('.source-list li a').map((a) => a.getAttribute('href')?.split('#')[1]);
      const inTwin = [...twin(page).matchAll(/^\[([^\]]+)\]: /gm)].map((match) => match[1]);
      return JSON.stringify(onPage) === JSON.stringify(inTwin) ? [] : [page.path];
    });
    expect(problems).toEqual([]);
  });

  it('resolve facts, citations and example code: no MDX is left', () => {
    const leftovers = chapters.flatMap((page) => {
      const prose = twin(page).replace(/```[\s\S]*?```/g, '');
      return /<(Fact|Cite|Aside|CodePair|ComparisonTable)\b/.test(prose) ? [page.path] : [];
    });
    expect(leftovers).toEqual([]);
    expect(twin(chapters.find((page) => page.path === '/guide/side-by-side-code/')!)).toMatch(/\. Tested with Django \d/);
  });

  it('print the benchmark figures themselves, not a link to where the page draws them', () => {
    const performance = twin(chapters.find((page) => page.path === '/guide/performance/')!);
    expect(performance).not.toMatch(/Chart and intervals:|: see <http/);
    expect(performance).toMatch(/^\| App +\| Cold start CPU, ms +\| Cold start wall, ms +\| Idle worker, MiB +\|$/m);
    expect(performance).toMatch(/^\| Plain text +\| [\d,]+ instructions \(/m);
    expect(performance).toMatch(/^\| Second run +\| .* of \d+ verdicts the same/m);
  });

  it('each chapter page offers its twin: a copy control that is a plain link without JavaScript', () => {
    const missing = chapters.filter((page) => {
      const twinPath = `${page.path.slice(0, -1)}.md`;
      const copy = page.root.querySelector('.copy-markdown copy-link[data-copy-content] a');
      return copy?.getAttribute('href') !== twinPath || copy.text.trim() !== 'Copy page as Markdown';
    });
    expect(missing.map((page) => page.path)).toEqual([]);
  });
});

describe('/llms.txt and /llms-full.txt', () => {
  const llms = readFileSync(join(DIST, 'llms.txt'), 'utf8');

  it('has the llmstxt.org shape: title, summary, sections of described links', () => {
    expect(llms).toMatch(/^# .+\n\n> .+\n/);
    const sections = llms.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections)
      expect(
        section
          .split('\n')
          .filter((line) => line.startsWith('- '))
          .every((line) => /^- \[[^\]]+\]\(\S+\): \S/.test(line)),
      ).toBe(true);
  });

  it('links every chapter twin, the comparison and the decision tool', () => {
    const linked = [...llms.matchAll(/\]\((\S+)\)/g)].map((match) => new URL(match[1]!).pathname);
    const expected = [
      ...chapters.map((page) => `${page.path.slice(0, -1)}.md`),
      '/compare/',
      '/decide/',
      '/guide/faq.md',
      '/guide/glossary.md',
    ];
    expect(expected.filter((path) => !linked.includes(path))).toEqual([]);
    for (const path of linked) expect(existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)), path).toBe(true);
  });

  it('llms-full.txt holds every chapter twin', () => {
    const full = readFileSync(join(DIST, 'llms-full.txt'), 'utf8');
    expect(chapters.filter((page) => !full.includes(twin(page))).map((page) => page.path)).toEqual([]);
  });
});
