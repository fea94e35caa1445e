/**
 * /changes/ and its Atom feed: every page links the feed from <head>; the feed is read by
 * feedparser, the parser most feed readers in Python use (from .venv-tools/: one small pure-Python
 * package in the environment the workflow check already needs, lighter than adding an npm feed
 * parser and its XML stack to the project), without a "bozo" error, and its entries are dated and
 * match the page's.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, pageAt } from '../helpers/dist';
import { toolsPython } from '../helpers/tools-venv';

const READ_FEED = `
import json, sys, feedparser
feed = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": bool(feed.bozo), "error": str(feed.get("bozo_exception", "")), "version": feed.version,
    "title": feed.feed.get("title"), "links": [l.get("href") for l in feed.feed.get("links", [])],
    "entries": [{"id": e.get("id"), "title": e.get("title"), "updated": e.get("updated"), "link": e.get("link")} for e in feed.entries],
}))
`;

interface ParsedFeed {
  bozo: boolean;
  error: string;
  version: string;
  title: string;
  links: string[];
  entries: { id: string; title: string; updated: string; link: string }[];
}

describe('the Atom feed of /changes/', () => {
  it('is linked from the <head> of every page', () => {
    const pages = builtPages().filter((page) => !page.root.querySelector('meta[http-equiv=refresh]'));
    const missing = pages.filter(
      (page) => page.root.querySelector('head link[rel=alternate][type="application/atom+xml"]')?.getAttribute('href') !== '/changes.xml',
    );
    expect(pages.length).toBeGreaterThan(20);
    expect(missing.map((page) => page.path)).toEqual([]);
  });

  it('parses without error with feedparser, with dated entries that the page lists too', () => {
    const run = spawnSync(toolsPython(), ['-c', READ_FEED, join(DIST, 'changes.xml')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const feed = JSON.parse(run.stdout) as ParsedFeed;
    expect(feed.error).toBe('');
    expect(feed.bozo).toBe(false);
    expect(feed.version).toBe('atom10');
    expect(feed.links).toContain('http://localhost:4321/changes/');
    expect(feed.entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of feed.entries) expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const page = pageAt('/changes/')!;
    const onPage = page.root.querySelectorAll('article.changes-entry').map((article) => `http://localhost:4321/changes/#${article.id}`);
    expect(feed.entries.map((entry) => entry.id)).toEqual(onPage);
  }, 180_000);

  it('says from → to for a changed figure, with the pages that show it', () => {
    const entry = pageAt('/changes/')!.root.querySelector('#fact-drf-latest-2026-12-01');
    expect(entry?.querySelector('h3')?.text).toContain('3.18.2 → 3.18.3');
    expect(entry?.querySelectorAll('.changes-pages a').map((a) => a.getAttribute('href'))).toContain('/guide/apis-and-async/');
  });
});
