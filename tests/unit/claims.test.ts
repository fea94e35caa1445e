/**
 * The claims data and the checks that keep prose in line with it and with the facts registry:
 * counts of articles and release dates typed into text, verdicts without evidence, and checks
 * that have aged. Each finder is tested for what it must catch and for what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim } from '../../src/content/claim-schema';
import { checkClaims } from '../../src/checks/claim-checks';
import { articleCountPhrase, articlesWith, findTypedArticleCounts, isRebutted, selectClaims } from '../../src/content/claims';
import { findTypedDates, trackedPackageNames } from '../../src/content/fact-dates';
import { factSchema, type Fact } from '../../src/content/fact-schema';
import { overdueChecks } from '../../src/content/fact-staleness';

const claim = (over: Record<string, unknown> = {}): Claim =>
  claimSchema.parse({
    id: 'flask-faster',
    claim: 'Flask is faster than Django',
    articles: {
      stepmedia: { stance: 'makes', says: 'Says Flask wins where overhead matters.' },
      citrusbug: { stance: 'mixed', says: 'Says Flask wins, and that the gap narrows.' },
      apidog: null,
      edureka: { stance: 'disputes', says: 'Calls the gap negligible in practice.' },
      dec2020: null,
    },
    verdict: 'disputed',
    holds: 'It depends on the request.',
    evidence: { sources: ['techempower'] },
    home: '/guide/myths/#one-framework-is-simply-faster',
    ...over,
  });

const fact = (over: Partial<Fact>): Fact =>
  factSchema.parse({ id: 'x', label: 'A figure', value: '1.0.0', checked: '2026-12-01', source: ['pypi'], ...over });

describe('the claims schema', () => {
  it('requires every article, null when silent', () => {
    const result = claimSchema.safeParse({ ...claim(), articles: { stepmedia: null } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['articles.citrusbug', 'articles.apidog', 'articles.edureka', 'articles.dec2020']),
    );
  });
  it('refuses an article that is not one of the five, and a home without a section', () => {
    expect(claimSchema.safeParse({ ...claim(), articles: { ...claim().articles, blog: null } }).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim(), home: '/guide/myths/' }).success).toBe(false);
  });
});

describe('counting the articles', () => {
  it('counts "mixed" articles both as making and as disputing the claim', () => {
    expect(articlesWith(claim(), 'makes')).toEqual(['stepmedia', 'citrusbug']);
    expect(articlesWith(claim(), 'disputes')).toEqual(['citrusbug', 'edureka']);
    expect(articlesWith(claim(), 'silent')).toEqual(['apidog', 'dec2020']);
  });
  it('tells a rebutted claim (wrong or outdated) from one that holds or is disputed', () => {
    expect(['wrong', 'outdated', 'holds', 'disputed', 'not-measured'].map((verdict) => isRebutted(claim({ verdict })))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it('says the count in words', () => {
    expect([0, 1, 3, 5].map(articleCountPhrase)).toEqual([
      'none of the five articles',
      'one of the five articles',
      'three of the five articles',
      'all five articles',
    ]);
    expect(() => articleCountPhrase(6)).toThrow('not a count of the five articles: 6');
  });
  it('selects topics by id, in the order given, or by the page of their home section', () => {
    const other = claim({ id: 'admin', home: '/guide/data-layer/#the-admin' });
    expect(selectClaims([claim(), other], { topics: 'admin, flask-faster' }).map((c) => c.id)).toEqual(['admin', 'flask-faster']);
    expect(selectClaims([claim(), other], { page: '/guide/data-layer/' }).map((c) => c.id)).toEqual(['admin']);
    expect(() => selectClaims([claim()], { topics: 'gone' })).toThrow('no claims topic "gone" in content/claims.yaml');
  });
});

describe('typed counts of articles', () => {
  it('finds counts in every form the audit met, with their lines', () => {
    const text = [
      'Four of the five articles rate Flask faster, and three of the five agree.',
      'Every article puts Flask on the small side; all five say so.',
      'Three articles name users. No other article makes the split.',
      'Most of the articles agree. None of the',
      'articles covers it, and none of the five gives a figure.',
    ].join('\n');
    expect(findTypedArticleCounts(text)).toEqual([
      { line: 1, phrase: 'Four of the five articles' },
      { line: 1, phrase: 'three of the five' },
      { line: 2, phrase: 'Every article' },
      { line: 2, phrase: 'all five' },
      { line: 3, phrase: 'Three articles' },
      { line: 3, phrase: 'No other article' },
      { line: 4, phrase: 'Most of the articles' },
      { line: 4, phrase: 'None of the articles' },
      { line: 5, phrase: 'none of the five' },
    ]);
  });
  it('leaves the set itself, other counted things and two named articles alone', () => {
    const text = [
      'The five articles this guide draws on; these five articles are listed first.',
      'All five scenarios ran; three of the five runs were slow.',
      'Stepmedia and Apidog say so, but neither article gives a figure and both articles agree.',
      "Apidog's article and an article from 2020.",
    ].join('\n');
    expect(findTypedArticleCounts(text)).toEqual([]);
  });
});

describe('typed release dates', () => {
  const names = trackedPackageNames([
    fact({ id: 'socketio', package: 'Flask-SocketIO' }),
    fact({ id: 'flask', package: 'Flask' }),
    fact({ id: 'channels', package: 'channels', names: ['Channels'] }),
    fact({ id: 'no-package' }),
  ]);
  it('lists the names prose uses, longest first', () => {
    expect(names).toEqual(['Flask-SocketIO', 'Channels', 'Flask']);
  });
  it('finds a date next to a name, also across a folded YAML line', () => {
    const text = ['Both need an add-on; Channels last released in November 2025 and Flask-SocketIO in February', '2026.'].join('\n');
    expect(findTypedDates(text, names)).toEqual([
      { line: 1, name: 'Channels', date: 'November 2025' },
      { line: 1, name: 'Flask-SocketIO', date: 'February 2026' },
    ]);
    expect(findTypedDates('Flask 3.1.3 (2026-02-18) fixed it.', names)).toEqual([{ line: 1, name: 'Flask', date: '2026-02-18' }]);
  });
  it('leaves other dates alone: an article, a snapshot, another sentence, a bare year, a lower-case word', () => {
    const text = [
      'Flask, says the December 2020 article, is easy.',
      'Flask had two advisories in 2025.',
      'Flask extensions, all as of June 2026.',
      'Flask 3.1. In March 2026 something else happened.',
      'channels opened in May 2026.',
    ].join('\n');
    expect(findTypedDates(text, names)).toEqual([]);
  });
});

describe('verdicts and their evidence', () => {
  const facts = new Map([['flask-latest', fact({ id: 'flask-latest' })]]);
  it('passes a verdict with evidence and a home', () => {
    expect(checkClaims([claim({ evidence: { facts: ['flask-latest'] } })], facts)).toEqual([]);
  });
  it('refuses a verdict without evidence, an unknown fact, a rebuttal without a home and a topic no article takes up', () => {
    const silent = Object.fromEntries(Object.keys(claim().articles).map((id) => [id, null]));
    expect(
      checkClaims(
        [
          claim({ id: 'bare', evidence: {} }),
          claim({ id: 'unknown', evidence: { facts: ['gone'] } }),
          claim({ id: 'homeless', verdict: 'wrong', home: undefined }),
          claim({ id: 'silent', articles: silent }),
        ],
        facts,
      ).map(({ field, message }) => `${field}: ${message}`),
    ).toEqual([
      'entry "bare" › evidence: the verdict "disputed" rests on no evidence; name at least one source, fact or benchmark metric',
      'entry "unknown" › evidence.facts[0]: no such entry in content/facts.yaml: "gone"',
      'entry "homeless" › home: a claim judged "wrong" needs the guide section that rebuts it, e.g. home: /guide/myths/#<heading-id>',
      'entry "silent" › articles: no article takes a stance on this topic; a topic records what the articles claim',
    ]);
  });
});

describe('facts:check lists checks older than 90 days', () => {
  const facts = [
    { id: 'fresh', checked: '2026-12-01' },
    { id: 'edge', checked: '2026-09-07' },
    { id: 'old', checked: '2026-06-25' },
  ];
  it('against the clock it is given', () => {
    expect(overdueChecks(facts, new Date('2026-12-06T09:00:00Z'))).toEqual([{ id: 'old', checked: '2026-06-25', days: 164 }]);
    expect(overdueChecks(facts, new Date('2026-12-07T00:00:00Z')).map(({ id }) => id)).toEqual(['old', 'edge']);
    expect(overdueChecks(facts, new Date('2026-07-01T00:00:00Z'))).toEqual([]);
  });
});

describe('the real claims data', () => {
  it('gives every section of the myths chapter a topic, so its summary table shows every verdict', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { default: GithubSlugger } = await import('github-slugger');
    const { parseClaims } = await import('../../src/checks/claim-checks');
    const { PROJECT_ROOT } = await import('../helpers/fixture-project');
    const slugger = new GithubSlugger();
    const myths = readFileSync(join(PROJECT_ROOT, 'content/guide/myths.mdx'), 'utf8');
    // A heading that pins its id with `{#id}` keeps that id; the others get the slug of their text.
    const sections = [...myths.matchAll(/^## (.+?)(?: \{#([\w-]+)\})?$/gm)].map(
      ([, heading, pinnedId]) => `/guide/myths/#${pinnedId ?? slugger.slug(heading!)}`,
    );
    const homes = parseClaims(readFileSync(join(PROJECT_ROOT, 'content/claims.yaml'), 'utf8')).map((topic) => topic.home);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((section) => !homes.includes(section))).toEqual([]);
  });
});

describe('what a typed count is told', () => {
  it('reads the number a count says', async () => {
    const { countOf } = await import('../../src/checks/claim-checks');
    expect(
      ['Four of the five articles', 'every article', 'None of the articles', 'No other article', 'Most of the articles', '3 articles'].map(
        countOf,
      ),
    ).toEqual([4, 5, 0, undefined, undefined, 3]);
  });
  it('names the topics with that count, or says none has it', async () => {
    const { checkTypedCounts } = await import('../../src/checks/claim-checks');
    const texts = new Map([['content/faq.yaml', '- answer: Two articles agree, and four articles disagree.']]);
    const advice =
      'a typed count of articles: render it with <ClaimCount topic="…" stance="…" /> from content/claims.yaml, or name the articles';
    expect(checkTypedCounts(texts, [claim()]).map(({ message }) => message)).toEqual([
      `${advice} (content/claims.yaml has 2 for: flask-faster makes, flask-faster disputes)`,
      `${advice}; no topic in content/claims.yaml has 4 articles making or disputing its claim`,
    ]);
  });
});
