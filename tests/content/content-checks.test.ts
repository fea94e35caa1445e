/**
 * Every kind of bad content the build refuses, with the exact message it gives. The checks are
 * pure (src/checks/content-check.ts), so each case edits a small project held in memory and runs
 * both steps of the build's check in milliseconds: the folder before rendering, and the built
 * pages after. tests/content/bad-content.test.ts runs a few real builds to show the wiring.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltPages, checkContentFolder, DATA_FILES_ONLY, type BuiltPage } from '../../src/checks/content-check';
import { scanChapter, type ChapterRecord } from '../../src/content/chapter-scan';
import { formatProblem } from '../../src/site/content-errors';
import { assignHeadingIds } from '../../src/guide/slugs';
import { PROJECT_ROOT } from '../helpers/fixture-project';

const TODAY = new Date('2026-11-30T12:00:00Z');

const SOURCE = (id: string, url = `https://example.org/${id}/`) => `
- id: ${id}
  publisher: ${id} (blog)
  title: A comparison by ${id}
  date: 1 March 2025
  year: 2025
  short: ${id}
  url: ${url}
  takes: Its table.`;

const CHAPTER = (title: string, order: number, body: string, updated = '2026-11-21') => `---
title: ${title}
description: A chapter for the content check tests, long enough.
order: ${order}
group: Start here
updated: ${updated}
---

${body}
`;

const OPTION = (id: string, link = '/guide/overview/#versions') =>
  `\n    - {id: ${id}, label: ${id}, django: 1, flask: 0, reason: Because., link: '${link}'}`;
/** An option with its own weights ("{django: 1, flask: 0}") and extra fields ("advisory: x"). */
const WEIGHTED = (id: string, weights: string, extra = '') =>
  `\n    - {id: ${id}, label: ${id}, reason: Because., link: '/guide/overview/#versions'${extra ? `, ${extra}` : ''}, ${weights.slice(1, -1)}}`;
const QUESTION = (id: string, order: number, options = OPTION('yes') + OPTION('no')) =>
  `\n- id: ${id}\n  order: ${order}\n  prompt: Which?\n  options:${options}`;

/** A small project that passes every check; each case changes one thing. */
function baseline(): Map<string, string | Uint8Array> {
  return new Map<string, string | Uint8Array>([
    ['content/sources.yaml', SOURCE('apidog') + SOURCE('edureka')],
    [
      'content/guide/overview.mdx',
      CHAPTER(
        'Overview',
        1,
        [
          'Both are Python frameworks <Cite s="apidog" />.',
          '',
          '## Versions',
          '',
          'See [the admin](/guide/data-layer/#the-admin), [a site](https://example.org/) and [mail](mailto:a@example.org).',
        ].join('\n'),
      ),
    ],
    ['content/guide/data-layer.mdx', CHAPTER('Data layer', 2, '## The admin\n\nDjango has one <Cite s="edureka" />.')],
    ['content/comparison.yaml', '[]'],
    ['content/proscons.yaml', '[]'],
    ['content/faq.yaml', '[]'],
    ['content/glossary.yaml', '[]'],
    ['content/decision.yaml', QUESTION('size', 1)],
    [
      'content/decision-advisories.yaml',
      '- {id: async-frameworks, title: Consider Quart, reason: Because., link: /guide/overview/#versions, poorFit: flask}\n',
    ],
    [
      'content/aliases.yaml',
      'fragments:\n  - {page: /guide/overview/, from: old-versions, to: versions}\npages:\n  - {from: /faq/, to: /guide/data-layer/}\n',
    ],
  ]);
}

/** What the baseline project's build renders: pages and their ids. */
function builtBaseline(): Map<string, string> {
  return new Map([
    ['/', '<main id="main"><h1>Home</h1></main>'],
    ['/guide/overview/', '<main id="main"><h2 id="versions">Versions</h2></main>'],
    ['/guide/data-layer/', '<main id="main"><h2 id="the-admin">The admin</h2></main>'],
    ['/sources/', '<ol><li id="apidog"></li><li id="edureka"></li></ol>'],
    ['/faq/', '<moved-page><p>It now lives at <a href="/guide/data-layer/">Data layer</a>.</p></moved-page>'],
  ]);
}

const REGISTRY = { '/': [], '/guide/overview/': ['old-versions', 'versions'], '/faq/': [], '/sources/': ['apidog'] };

interface Case {
  name: string;
  edit?: (files: Map<string, string | Uint8Array>) => void;
  /** Changes what the build rendered. */
  built?: (pages: Map<string, string>) => void;
  registry?: Record<string, string[]>;
  expected: string[];
}

/** Runs both steps, as the build does: the built pages are checked only when the folder passes. */
function problemsOf({ edit, built, registry = REGISTRY }: Case): string[] {
  const files = baseline();
  edit?.(files);
  const encoder = new TextEncoder();
  const folder = checkContentFolder(
    [...files].map(([path, content]) => ({ path, bytes: typeof content === 'string' ? encoder.encode(content) : content })),
    TODAY,
  );
  let problems = folder.problems;
  if (problems.length === 0) {
    const pages = builtBaseline();
    built?.(pages);
    const builtPages: BuiltPage[] = [...pages].map(([path, html]) => ({ path, html }));
    problems = checkBuiltPages(builtPages, folder, registry);
  }
  return problems.map((problem) => formatProblem(problem).trim());
}

const append = (file: string, text: string) => (files: Map<string, string | Uint8Array>) => {
  files.set(file, `${String(files.get(file))}${text}`);
};
const replace = (file: string, from: string | RegExp, to: string) => (files: Map<string, string | Uint8Array>) => {
  const before = String(files.get(file));
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  files.set(file, after);
};
/** The overview chapter's body ends on line 14; text added with addToOverview starts on line 16. */
const addToOverview = (text: string) => append('content/guide/overview.mdx', `\n${text}\n`);
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
/** One topic of content/claims.yaml; `extra` overrides or adds fields (YAML lines, indented by two). */
const CLAIM = (id: string, extra = '  verdict: wrong\n  evidence: { sources: [apidog] }\n  home: /guide/overview/#versions') => `
- id: ${id}
  claim: A claim the articles make
  articles:
    stepmedia: null
    citrusbug: null
    apidog: { stance: makes, says: Says the thing the topic is about. }
    edureka: null
    dec2020: null
  holds: What the evidence shows instead.
${extra}`;
const TYPED_COUNT = 'a typed count of articles: render it with <ClaimCount topic="…" stance="…" /> from content/claims.yaml, or name the articles';

const CASES: Case[] = [
  // Files
  {
    name: 'bytes that are not UTF-8 in a YAML file',
    edit: (files) => files.set('content/faq.yaml', latin1('# FAQ\n# caf\xe9\n[]\n')),
    expected: ['content/faq.yaml:2: (file): not valid UTF-8; save the file as UTF-8'],
  },
  {
    name: 'bytes that are not UTF-8 in a chapter',
    edit: (files) => files.set('content/guide/data-layer.mdx', latin1(CHAPTER('Data layer', 2, 'Caf\xe9 <Cite s="edureka" />.'))),
    // Astro decodes a chapter itself: the byte arrives as U+FFFD, named by its line.
    expected: ['content/guide/data-layer.mdx:9: (file): not valid UTF-8 (or a U+FFFD character); save the file as UTF-8'],
  },
  {
    name: 'two files whose names differ only in case',
    edit: (files) => files.set('content/guide/Overview.mdx', String(files.get('content/guide/overview.mdx'))),
    expected: [
      'content/guide/Overview.mdx: (file name): the chapter id "Overview" becomes the page address /guide/Overview/; use lower-case words joined by hyphens, e.g. "data-layer.mdx"',
      'content/guide/overview.mdx: (file name): differs from content/guide/Overview.mdx only in upper/lower case; rename one',
    ],
  },
  {
    name: 'a chapter id with capitals and spaces',
    edit: (files) => files.set('content/guide/Bad Id Here.mdx', CHAPTER('Bad', 3, 'Text <Cite s="apidog" />.')),
    expected: [
      'content/guide/Bad Id Here.mdx: (file name): the chapter id "Bad Id Here" becomes the page address /guide/Bad Id Here/; use lower-case words joined by hyphens, e.g. "data-layer.mdx"',
    ],
  },

  // Front matter and data files
  {
    name: 'an updated date that is not a day of the calendar',
    edit: replace('content/guide/overview.mdx', 'updated: 2026-11-21', 'updated: 2026-02-30'),
    expected: ['content/guide/overview.mdx: updated: 2026-02-30 is not a day of the calendar'],
  },
  {
    name: 'an updated date in the future',
    edit: replace('content/guide/overview.mdx', 'updated: 2026-11-21', 'updated: 2026-12-25'),
    expected: ['content/guide/overview.mdx: updated: 2026-12-25 is in the future (the build runs on 2026-11-30)'],
  },
  {
    name: 'an updated date in words',
    edit: replace('content/guide/overview.mdx', 'updated: 2026-11-21', 'updated: last tuesday'),
    expected: ['content/guide/overview.mdx: updated: expected a date written YYYY-MM-DD, got "last tuesday"'],
  },
  {
    name: 'two chapters of a group with the same order',
    edit: replace('content/guide/data-layer.mdx', 'order: 2', 'order: 1'),
    expected: [
      'content/guide/overview.mdx: order: 1 is also the order of content/guide/data-layer.mdx in the group "Start here"; give each chapter of a group its own order',
    ],
  },
  {
    name: 'a duplicate id in a data file',
    edit: (files) => files.set('content/glossary.yaml', '- {id: dup, term: Dup, definition: D., sources: []}\n- {id: dup, term: Dup, definition: D., sources: []}'),
    expected: ['content/glossary.yaml: entry "dup" › id: duplicate id (also entry #1)'],
  },
  {
    name: 'a source entry missing a required field',
    edit: replace('content/sources.yaml', '  publisher: apidog (blog)\n', ''),
    expected: ['content/sources.yaml: entry "apidog" › publisher: Invalid input: expected string, received undefined'],
  },
  {
    name: 'a comparison row with an unknown category',
    edit: (files) =>
      files.set(
        'content/comparison.yaml',
        '- {id: orm, category: databases, dimension: ORM, django: Built in, flask: SQLAlchemy, edge: django, note: N., sources: [apidog], link: /guide/data-layer/}',
      ),
    expected: [
      'content/comparison.yaml: entry "orm" › category: Invalid option: expected one of "architecture"|"data"|"security"|"apis"|"async"|"performance"|"learning"|"teams"|"ecosystem"|"operations"',
    ],
  },
  {
    name: 'a javascript: address for a source',
    edit: (files) => files.set('content/sources.yaml', SOURCE('apidog', 'javascript:alert(1)') + SOURCE('edureka')),
    expected: ['content/sources.yaml: entry "apidog" › url: must be a web address starting with https:// or http://'],
  },
  {
    name: 'a protocol-relative link in a data file',
    edit: (files) => files.set('content/decision.yaml', QUESTION('size', 1, OPTION('yes', '//evil.example/') + OPTION('no'))),
    expected: ['content/decision.yaml: entry "size" › options[0].link: must be a site path starting with "/", e.g. "/guide/features/#routing"'],
  },
  {
    name: 'two options of a decision question with the same id',
    edit: (files) => files.set('content/decision.yaml', QUESTION('size', 1, OPTION('yes') + OPTION('yes'))),
    expected: ['content/decision.yaml: entry "size" › options[1].id: duplicate option id "yes" (also options[0])'],
  },
  {
    name: 'two decision questions with the same order',
    edit: append('content/decision.yaml', QUESTION('team', 1)),
    expected: ['content/decision.yaml: entry "team" › order: 1 is also the order of entry "size"'],
  },
  {
    name: 'a source nobody cites',
    edit: append('content/sources.yaml', SOURCE('unused')),
    expected: ['content/sources.yaml: entry "unused": never cited; cite it with <Cite s="unused" /> where it backs a claim, or remove it'],
  },

  // Chapter bodies
  {
    name: 'a <Cite> with an unknown source id',
    edit: addToOverview('One more claim <Cite s="made-up-blog" />.'),
    expected: ['content/guide/overview.mdx: body <Cite s="made-up-blog">: unknown source id "made-up-blog"'],
  },
  {
    name: 'a <Cite> without a source',
    edit: addToOverview('An unsupported claim <Cite s="" />.'),
    expected: ['content/guide/overview.mdx:15: <Cite s="">: a citation needs at least one source id'],
  },
  {
    name: 'a <Cite> alone on its line inside a callout',
    edit: addToOverview('<Aside>\n  A claim that stands\n  <Cite s="apidog" />\n  and goes on.\n</Aside>'),
    expected: [
      'content/guide/overview.mdx:17: <Cite>: alone on its line, MDX makes it a block that ends the paragraph around it; put it on a line of the sentence it belongs to',
    ],
  },
  {
    name: 'a javascript: link in a chapter',
    edit: addToOverview('[Click](javascript:alert(1))'),
    expected: ['content/guide/overview.mdx:15: link javascript:alert(1): refused the scheme "javascript:" (allowed: http, https, mailto and site paths)'],
  },
  {
    name: 'a data: address in a JSX attribute',
    edit: addToOverview('<a href="data:text/html,x">x</a>'),
    expected: ['content/guide/overview.mdx:15: <a href> data:text/html,x: refused the scheme "data:" (allowed: http, https, mailto and site paths)'],
  },
  {
    name: 'a relative link',
    edit: addToOverview('[Up](../data-layer/)'),
    expected: ['content/guide/overview.mdx:15: link ../data-layer/: refused a relative link; write a site path starting with "/"'],
  },
  {
    name: 'a computed JSX href',
    edit: addToOverview('<a href={base + "/guide/"}>x</a>'),
    expected: ['content/guide/overview.mdx:15: <a href>: a computed link cannot be checked; write the address as a string'],
  },

  // Counts, dates and verdicts bound to their evidence (claims data and facts registry)
  {
    name: 'a count of articles typed into a chapter',
    edit: addToOverview('Four of the five articles agree <Cite s="apidog" />.'),
    expected: [`content/guide/overview.mdx:15: "Four of the five articles": ${TYPED_COUNT}`],
  },
  {
    name: 'a count of articles typed into a data file, across a line break',
    edit: (files) => files.set('content/glossary.yaml', '- id: wsgi\n  term: WSGI\n  definition: >-\n    A standard that every\n    article names.\n  sources: []'),
    expected: [`content/glossary.yaml:4: "every article": ${TYPED_COUNT}`],
  },
  {
    name: 'a release date typed next to a package the registry tracks',
    edit: (files) => {
      files.set(
        'content/facts.yaml',
        '- {id: flask-socketio-latest, label: Newest Flask-SocketIO, value: 5.7.0, date: 2026-10-08, package: Flask-SocketIO, checked: 2026-11-01, source: [apidog]}',
      );
      files.set(
        'content/comparison.yaml',
        '- id: real-time\n  category: async\n  dimension: Real time\n  django: Channels\n  flask: Flask-SocketIO\n  edge: tie\n  note: >-\n    Flask-SocketIO last released in February\n    2026.\n  sources: [apidog]\n  link: /guide/overview/',
      );
    },
    expected: [
      'content/comparison.yaml:8: Flask-SocketIO … February 2026: typed release date: show it with <Fact id="…" show="month" /> or {{fact:id|month}} from content/facts.yaml (the registry has flask-socketio-latest: 5.7.0, 2026-10-08)',
    ],
  },
  {
    name: 'a data file referring to a fact the registry does not have (resolved from the loaded entries)',
    edit: (files) => {
      files.set(
        'content/facts.yaml',
        '- {id: flask-latest, label: Newest Flask, value: 3.2.0, date: 2026-10-08, package: Flask, checked: 2026-11-01, source: [apidog]}',
      );
      files.set(
        'content/glossary.yaml',
        '- id: wsgi\n  term: WSGI\n  definition: "Flask {{fact:flask-latest}} and {{fact:flask-newest}} speak it."\n  sources: [apidog]',
      );
    },
    expected: ['content/glossary.yaml: entry "wsgi" › definition: {{fact:flask-newest}}: unknown fact id "flask-newest" (see content/facts.yaml)'],
  },
  {
    name: 'a claims topic citing an unknown source and an unknown fact',
    edit: (files) =>
      files.set('content/claims.yaml', CLAIM('flask-young', '  verdict: wrong\n  evidence: { sources: [nowhere], facts: [flask-first] }\n  home: /guide/overview/#versions')),
    expected: [
      'content/claims.yaml: entry "flask-young" › evidence.sources[0]: no such entry in content/sources.yaml: "nowhere"',
      'content/claims.yaml: entry "flask-young" › evidence.facts[0]: no such entry in content/facts.yaml: "flask-first"',
    ],
  },
  {
    name: 'a verdict that rests on no evidence',
    edit: (files) => files.set('content/claims.yaml', CLAIM('flask-young', '  verdict: holds\n  evidence: {}')),
    expected: [
      'content/claims.yaml: entry "flask-young" › evidence: the verdict "holds" rests on no evidence; name at least one source, fact or benchmark metric',
    ],
  },
  {
    name: 'a claim judged wrong without the section that rebuts it',
    edit: (files) => files.set('content/claims.yaml', CLAIM('flask-young', '  verdict: wrong\n  evidence: { sources: [apidog] }')),
    expected: [
      'content/claims.yaml: entry "flask-young" › home: a claim judged "wrong" needs the guide section that rebuts it, e.g. home: /guide/myths/#<heading-id>',
    ],
  },
  {
    name: 'a claim whose home section the built pages do not have',
    edit: (files) => files.set('content/claims.yaml', CLAIM('flask-young', '  verdict: outdated\n  evidence: { sources: [apidog] }\n  home: /guide/overview/#gone')),
    expected: ['content/claims.yaml: entry "flask-young" › home: /guide/overview/ has no #gone'],
  },
  {
    name: 'a claim whose verdict is not one of the five',
    edit: (files) => files.set('content/claims.yaml', CLAIM('flask-young', '  verdict: unproven\n  evidence: { sources: [apidog] }')),
    expected: [
      'content/claims.yaml: entry "flask-young" › verdict: Invalid option: expected one of "holds"|"outdated"|"wrong"|"disputed"|"not-measured"',
    ],
  },

  // Links against the built pages
  {
    name: 'a link to a missing chapter and to a missing heading',
    edit: addToOverview('See [nowhere](/guide/no-such-chapter/) and [gone](/guide/data-layer/#no-such-heading).'),
    expected: [
      'content/guide/overview.mdx:15: link /guide/no-such-chapter/: no page at /guide/no-such-chapter/',
      'content/guide/overview.mdx:15: link /guide/data-layer/#no-such-heading: /guide/data-layer/ has no #no-such-heading',
    ],
  },
  {
    name: 'a broken link written reference-style',
    edit: addToOverview('See [the list][gone].\n\n[gone]: /guide/gone/'),
    expected: ['content/guide/overview.mdx:17: definition [gone] /guide/gone/: no page at /guide/gone/'],
  },
  {
    name: 'a broken link with a title',
    edit: addToOverview('See [the list](/guide/gone/ "The list").'),
    expected: ['content/guide/overview.mdx:15: link /guide/gone/: no page at /guide/gone/'],
  },
  {
    name: 'a broken JSX href, plain and as an expression',
    edit: addToOverview("<a href=\"/guide/gone/\">a</a> <a href={'/guide/also-gone/'}>b</a>"),
    expected: [
      'content/guide/overview.mdx:15: <a href> /guide/gone/: no page at /guide/gone/',
      'content/guide/overview.mdx:15: <a href> /guide/also-gone/: no page at /guide/also-gone/',
    ],
  },
  {
    name: 'a same-page link to a missing id',
    edit: addToOverview('Back to [the top](#nope).'),
    expected: ['content/guide/overview.mdx:15: link #nope: /guide/overview/ has no #nope'],
  },
  {
    name: 'a decision option linking to a missing anchor',
    edit: (files) => files.set('content/decision.yaml', QUESTION('size', 1, OPTION('yes', '/guide/overview/#no-such-section') + OPTION('no'))),
    expected: ['content/decision.yaml: entry "size" › options[0].link: /guide/overview/ has no #no-such-section'],
  },
  {
    name: 'a decision advisory linking to a missing anchor',
    edit: replace('content/decision-advisories.yaml', '/guide/overview/#versions', '/guide/overview/#no-such-section'),
    expected: ['content/decision-advisories.yaml: entry "async-frameworks" › link: /guide/overview/ has no #no-such-section'],
  },
  // Decision weights rest on the guide and agree with the tool's own advisories (issue 27, item 4)
  {
    name: 'a decision weight resting on a missing section',
    edit: (files) =>
      files.set(
        'content/decision.yaml',
        QUESTION('size', 1, WEIGHTED('yes', '{django: 1, flask: 0}', "restsOn: '/guide/overview/#gone'") + OPTION('no')),
      ),
    expected: ['content/decision.yaml: entry "size" › options[0].restsOn: /guide/overview/ has no #gone'],
  },
  {
    name: 'a decision weight resting on a page, not a section',
    edit: (files) => files.set('content/decision.yaml', QUESTION('size', 1, OPTION('yes', '/guide/overview/') + OPTION('no'))),
    expected: [
      'content/decision.yaml: entry "size" › options[0].link: a weighted answer must rest on a guide section ("/guide/<chapter>/#<section>"); give restsOn or link to a section, not /guide/overview/',
    ],
  },
  {
    name: 'a decision weight resting on a claim before content/claims.yaml exists',
    edit: (files) =>
      files.set('content/decision.yaml', QUESTION('size', 1, WEIGHTED('yes', '{django: 1, flask: 0}', 'restsOn: claim:flask-faster') + OPTION('no'))),
    expected: [
      'content/decision.yaml: entry "size" › options[0].restsOn: rests on claim "flask-faster", but there is no content/claims.yaml to check it against',
    ],
  },
  {
    name: 'an incoherent verdict: an answer gives points to the framework its own advisory calls a poor fit',
    edit: (files) =>
      files.set('content/decision.yaml', QUESTION('size', 1, WEIGHTED('yes', '{django: 0, flask: 2}', 'advisory: async-frameworks') + OPTION('no'))),
    expected: [
      'content/decision.yaml: entry "size" › options[0].flask: gives Flask 2 point(s), but its advisory "async-frameworks" says Flask serves this answer poorly (content/decision-advisories.yaml); the verdict would contradict its own advice',
    ],
  },
  {
    name: 'an answer naming an advisory that content/decision-advisories.yaml does not have',
    edit: (files) =>
      files.set('content/decision.yaml', QUESTION('size', 1, WEIGHTED('yes', '{django: 1, flask: 0}', 'advisory: api-frameworks') + OPTION('no'))),
    expected: [
      'content/decision.yaml: entry "size" › options[0].advisory: names advisory "api-frameworks", which content/decision-advisories.yaml does not have',
    ],
  },
  {
    name: 'a negative decision weight, and an answer that gives points to both sides',
    edit: (files) =>
      files.set('content/decision.yaml', QUESTION('size', 1, WEIGHTED('yes', '{django: 2, flask: -1}') + WEIGHTED('no', '{django: 1, flask: 1}'))),
    expected: [
      'content/decision.yaml: entry "size" › options[0].flask: Too small: expected number to be >=0',
      'content/decision.yaml: entry "size" › options[1].flask: an answer gives points to one framework at most (set one weight to 0)',
    ],
  },
  {
    name: 'a link to a page that exists only because the build renders it (no hand list)',
    edit: addToOverview('Try [search](/search/) or [the short link](/faq/).'),
    built: (pages) => pages.set('/search/', '<h1>Search</h1>'),
    expected: [],
  },

  {
    name: 'an id on two elements of a page (a heading and a list entry)',
    built: (pages) => pages.set('/guide/data-layer/', '<h2 id="the-admin">The admin</h2><li id="the-admin">Admin</li>'),
    expected: [
      'content/guide/data-layer.mdx: page /guide/data-layer/: the id "the-admin" is on more than one element; a link or label would find only the first (rename a heading with {#id})',
    ],
  },

  // The anchor registry
  {
    name: 'an empty aliases.yaml',
    edit: (files) => files.set('content/aliases.yaml', ''),
    expected: ['content/aliases.yaml: (file): expected a `fragments:` list and a `pages:` list (write `[]` for none); the file is empty'],
  },
  {
    name: 'a published page that is no longer built and has no alias',
    edit: (files) => files.set('content/aliases.yaml', 'fragments: []\npages: []\n'),
    built: (pages) => pages.delete('/faq/'),
    registry: { '/faq/': [] },
    expected: [
      'content/anchors.json: /faq/: a published page is no longer built; restore it, or move it with an entry under pages: in content/aliases.yaml',
    ],
  },
  {
    name: 'a published fragment that is gone',
    built: (pages) => pages.set('/sources/', '<ol><li id="edureka"></li></ol>'),
    expected: [
      'content/anchors.json: /sources/#apidog: a published fragment is gone; restore the id, or point it at its new id with an entry under fragments: in content/aliases.yaml',
    ],
  },

  // Aliases
  {
    name: 'a moved page whose new address does not exist',
    edit: replace('content/aliases.yaml', 'to: /guide/data-layer/', 'to: /guide/nowhere/'),
    expected: ['content/aliases.yaml: pages[0].to: no page at /guide/nowhere/'],
  },
  {
    name: 'a fragment alias to an id the page does not have',
    edit: replace('content/aliases.yaml', 'to: versions', 'to: nowhere'),
    expected: [
      'content/anchors.json: /guide/overview/#old-versions: a published fragment is gone; restore the id, or point it at its new id with an entry under fragments: in content/aliases.yaml',
      'content/aliases.yaml: fragments[0].to: /guide/overview/ has no #nowhere',
    ],
  },
  {
    name: 'a fragment alias whose old id the page still has',
    built: (pages) => pages.set('/guide/overview/', '<h2 id="versions">V</h2><h3 id="old-versions">Old</h3>'),
    expected: ['content/aliases.yaml: fragments[0].from: /guide/overview/ still has #old-versions, so the alias would never apply; remove it'],
  },
  {
    name: 'a moved page whose old address is a live chapter',
    edit: replace('content/aliases.yaml', 'from: /faq/', 'from: /guide/overview/'),
    expected: [
      "content/aliases.yaml: pages[0].from: /guide/overview/ is a live chapter; a moved page's old address must not have a page of its own",
    ],
  },
  {
    name: 'a moved page whose old address is another live page',
    edit: replace('content/aliases.yaml', 'from: /faq/', 'from: /sources/'),
    registry: {},
    expected: ["content/aliases.yaml: pages[0].from: /sources/ is a live page; a moved page's old address must not have a page of its own"],
  },
  {
    name: 'aliases that form a loop',
    edit: append('content/aliases.yaml', '  - {from: /guide/data-layer/, to: /faq/}\n'),
    expected: [
      'content/aliases.yaml: pages[0]: page aliases form a loop: /faq/ → /guide/data-layer/ → /faq/',
      'content/aliases.yaml: pages[1]: page aliases form a loop: /guide/data-layer/ → /faq/ → /guide/data-layer/',
    ],
  },
  {
    name: 'an alias with a malformed path',
    edit: replace('content/aliases.yaml', 'from: /faq/', 'from: /FAQ'),
    expected: ['content/aliases.yaml: pages[0].from: must be a page path such as "/guide/faq/"'],
  },
];

describe('bad content: each case fails the check with its exact message', () => {
  it('the baseline project passes', () => {
    expect(problemsOf({ name: 'baseline', expected: [] })).toEqual([]);
  });

  it.each(CASES)('$name', (testCase) => {
    expect(problemsOf(testCase)).toEqual(testCase.expected);
  });
});

describe('headings', () => {
  it('a new heading may not take over the id another heading has (and links point at)', () => {
    expect(() => assignHeadingIds([{ text: 'Bundled apps', explicitId: 'reusable-apps' }, { text: 'Reusable apps' }])).toThrow(
      'the heading "Bundled apps" pins {#reusable-apps}, the id the heading "Reusable apps" has from its text; pick another id',
    );
    // Pinning a heading's own id is how a dated heading keeps its address.
    expect(assignHeadingIds([{ text: 'Popularity', explicitId: 'popularity' }])).toEqual(['popularity']);
  });
});

describe('the chapters through the records the Markdown pipeline made (a build parses each chapter once)', () => {
  const encoder = new TextEncoder();
  const filesOf = (files: Map<string, string | Uint8Array>) =>
    [...files].map(([path, content]) => ({ path, bytes: typeof content === 'string' ? encoder.encode(content) : content }));
  const chapters = (files: Map<string, string | Uint8Array>) =>
    [...files].filter(([path]) => path.startsWith('content/guide/')).map(([path, text]) => [path, String(text)] as const);
  /** Each chapter's record as one walk of its tree finds it: what the pipeline hands the gate. */
  const recordsOf = (files: Map<string, string | Uint8Array>) =>
    new Map<string, ChapterRecord>(chapters(files).map(([path, text]) => [path, scanChapter(path, text)]));
  const messages = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map((problem) => formatProblem(problem).trim());

  it('checks each chapter on its record, not on a parse of its own', () => {
    const files = baseline();
    const records = recordsOf(files);
    const overview = records.get('content/guide/overview.mdx')!;
    // A citation only the record holds: found, so the record is what was read.
    records.set('content/guide/overview.mdx', {
      ...overview,
      elements: [...overview.elements, { name: 'Cite', attributes: { s: 'nobody' }, line: 12 }],
    });
    expect(messages(checkContentFolder(filesOf(files), TODAY, records).problems)).toEqual([
      'content/guide/overview.mdx: body <Cite s="nobody">: unknown source id "nobody"',
    ]);
    expect(checkContentFolder(filesOf(files), TODAY, recordsOf(files)).problems).toEqual([]);
  });

  it('names a chapter the pipeline kept no record of', () => {
    const files = baseline();
    const records = recordsOf(files);
    records.delete('content/guide/data-layer.mdx');
    expect(messages(checkContentFolder(filesOf(files), TODAY, records).problems)).toEqual([
      'content/guide/data-layer.mdx: (file): the Markdown pipeline kept no record of this chapter (src/content/chapter-record.ts)',
    ]);
  });

  it('checks the data files alone before any chapter compiles', () => {
    const files = baseline();
    addToOverview('See <Cite s="nobody" />.')(files);
    files.set('content/faq.yaml', '- {id: x}\n');
    const early = messages(checkContentFolder(filesOf(files), TODAY, DATA_FILES_ONLY).problems);
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((message) => message.startsWith('content/faq.yaml'))).toBe(true);
  });
});

describe('the real content', () => {
  it('passes the checks that need no build', () => {
    const dir = join(PROJECT_ROOT, 'content');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const absolute = join(entry.parentPath, entry.name);
        return { path: relative(PROJECT_ROOT, absolute).split(sep).join('/'), bytes: new Uint8Array(readFileSync(absolute)) };
      });
    expect(checkContentFolder(files, new Date()).problems.map(formatProblem)).toEqual([]);
  });
});
