/**
 * What changed in the guide, for /changes/ and its Atom feed (/changes.xml): dated entries
 * derived from data the build already holds, never written as HTML: a fact whose value changed
 * (the registry's `history`, from → to, with the pages that show the figure) and a chapter's
 * changelog lines (front matter `changes`). Pure.
 */
import type { Fact } from '../content/fact-schema.ts';
import { formatDay } from '../content/facts.ts';

export interface ChangePage {
  title: string;
  /** Site path, e.g. "/guide/apis-and-async/". */
  path: string;
}

export interface ChangeEntry {
  /** Stable id, the entry's fragment on /changes/: "fact-drf-latest-2026-12-01". */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  /** One sentence for readers. */
  summary: string;
  /** Where to read the change: the pages that show the figure, or the chapter (section). */
  pages: ChangePage[];
}

export interface ChapterChanges {
  title: string;
  path: string;
  changes: readonly { date: string; summary: string; section?: string | undefined }[];
}

const day = (value: string | undefined) => (value ? ` (${formatDay(value)})` : '');

/** One entry per replaced value: the value it replaced and the one that followed it. */
export function factChanges(facts: Iterable<Fact>, pagesOf: (id: string) => ChangePage[]): ChangeEntry[] {
  return [...facts].flatMap((fact) => {
    const history = [...(fact.history ?? [])].sort((a, b) => a.until.localeCompare(b.until));
    return history.map((earlier, index) => {
      const next = history[index + 1] ?? { value: fact.value, date: fact.date };
      return {
        id: `fact-${fact.id}-${earlier.until}`,
        date: earlier.until,
        title: `${fact.label}: ${earlier.value} → ${next.value}`,
        summary: `${fact.label} changed from ${earlier.value}${day(earlier.date)} to ${next.value}${day(next.date)}.`,
        pages: pagesOf(fact.id),
      };
    });
  });
}

/**
 * One entry per changelog line of a chapter. Its id names the chapter, the section (or "page")
 * and the day, so adding a line never renumbers the published ones; a second line for the same
 * place and day gets "-2".
 */
export function chapterChanges(chapters: Iterable<ChapterChanges>): ChangeEntry[] {
  return [...chapters].flatMap(({ title, path, changes }) => {
    const seen = new Map<string, number>();
    const chapter = path.split('/').filter(Boolean).at(-1) ?? 'page';
    return changes.map(({ date, summary, section }) => {
      const base = `chapter-${chapter}-${section ?? 'page'}-${date}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {
        id: count === 1 ? base : `${base}-${count}`,
        date,
        title,
        summary,
        pages: [{ title, path: section ? `${path}#${section}` : path }],
      };
    });
  });
}

/** Newest first; on one day, in title order, so the list and the feed are stable between builds. */
export function sortChanges(entries: readonly ChangeEntry[]): ChangeEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (value: string) => value.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);

export interface FeedOptions {
  title: string;
  /** Absolute URL of the /changes/ page. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  author: string;
  /** Makes a site path absolute (site address and base). */
  absolute: (path: string) => string;
}

/** The entries as an Atom 1.0 feed (RFC 4287); `updated` is the newest entry's day. */
export function atomFeed(entries: readonly ChangeEntry[], { title, pageUrl, feedUrl, author, absolute }: FeedOptions): string {
  const sorted = sortChanges(entries);
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const items = sorted.map((entry) => {
    const pages = entry.pages.map((page) => `<li><a href="${xml(absolute(page.path))}">${xml(page.title)}</a></li>`).join('');
    const content = `<p>${xml(entry.summary)}</p>${pages ? `<p>Where it shows:</p><ul>${pages}</ul>` : ''}`;
    return [
      '  <entry>',
      `    <id>${xml(`${pageUrl}#${entry.id}`)}</id>`,
      `    <title>${xml(entry.title)}</title>`,
      `    <updated>${stamp(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(entry.pages[0] ? absolute(entry.pages[0].path) : `${pageUrl}#${entry.id}`)}"/>`,
      `    <summary>${xml(entry.summary)}</summary>`,
      `    <content type="html">${xml(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(pageUrl)}</id>`,
    `  <title>${xml(title)}</title>`,
    `  <updated>${stamp(sorted[0]?.date ?? '2026-01-01')}</updated>`,
    `  <author><name>${xml(author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(pageUrl)}"/>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
