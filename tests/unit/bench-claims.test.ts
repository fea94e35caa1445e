/**
 * Conclusions computed from the results (src/benchmark/bench-compare.ts) and measured claims held to
 * them (src/benchmark/bench-claims.ts): every way a sentence can contradict the data, with its message.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  MINIMUM_SEPARATION,
  benchText,
  favoured,
  lowestOf,
  outcomeOf,
  resolveBenchReferences,
  verdictText,
  type Comparison,
} from '../../src/benchmark/bench-compare';
import { checkChapterClaims, checkEntryClaims, checkSentence, sentences } from '../../src/benchmark/bench-claims';
import { scanChapter } from '../../src/content/chapter-scan';

const comparison = (
  id: string,
  django: [number, number, number],
  flask: [number, number, number],
  better: 'lower' | 'higher' = 'lower',
  noise: 'exact' | 'cpu' = 'exact',
): Comparison => {
  const interval = ([value, low, high]: [number, number, number]) => ({ value, low, high });
  return {
    id,
    label: `${id} label`,
    measure: 'measure',
    subject: 'Subject',
    unit: 'µs',
    digits: 0,
    better,
    django: interval(django),
    flask: interval(flask),
    favours: favoured(interval(django), interval(flask), better, noise),
    outcome: outcomeOf(interval(django), interval(flask), better, noise),
    ratio: Number((django[0] / flask[0]).toFixed(2)),
    context: 'a test request',
    setting: '',
    names: { django: 'Django', flask: 'Flask' },
  };
};

const COMPARISONS = new Map(
  [
    comparison('cpu.plaintext', [150, 145, 155], [90, 88, 93]), // Flask cheaper
    comparison('coldStart.bare', [700, 650, 760], [1000, 900, 1100]), // Django quicker
    comparison('cpu.fortunes', [1100, 1000, 1250], [1150, 1080, 1300]), // overlap
    comparison('peak.sync.plaintext', [900, 880, 920], [1400, 1350, 1450], 'higher'), // Flask more req/s
  ].map((c) => [c.id, c]),
);
const where = { file: 'content/guide/x.mdx:3', field: 'text' };

describe('computed comparisons', () => {
  it('favour the framework whose interval lies wholly on the better side, and neither when they overlap', () => {
    expect(COMPARISONS.get('cpu.plaintext')!.favours).toBe('flask');
    expect(COMPARISONS.get('coldStart.bare')!.favours).toBe('django');
    expect(COMPARISONS.get('cpu.fortunes')!.favours).toBe('none');
    expect(COMPARISONS.get('peak.sync.plaintext')!.favours).toBe('flask');
  });

  it('say the direction and the factor, or that there is no measurable difference', () => {
    expect(verdictText(COMPARISONS.get('cpu.plaintext')!)).toBe('Django spends 1.67 times as much CPU time as Flask on a test request');
    expect(verdictText(COMPARISONS.get('cpu.fortunes')!)).toBe('no measurable difference in CPU time for a test request');
    expect(benchText(COMPARISONS.get('cpu.fortunes')!, 'Verdict')).toBe('No measurable difference in CPU time for a test request');
    expect(benchText(COMPARISONS.get('cpu.plaintext')!, 'difference')).toBe('1.67');
    expect(benchText(COMPARISONS.get('cpu.fortunes')!, 'difference')).toMatch(/^\d\.\d\d · no measurable difference$/);
    expect(benchText(COMPARISONS.get('cpu.plaintext')!, 'django')).toBe('150 µs (145–155)');
    expect(benchText(COMPARISONS.get('cpu.plaintext')!, 'ratio')).toBe('1.67×');
    expect(benchText(COMPARISONS.get('cpu.fortunes')!, 'edge')).toBe('tie');
    // 150 µs a request keeps one core busy for 6,666 requests a second, given in tens.
    expect(benchText(COMPARISONS.get('cpu.plaintext')!, 'djangoPerCore')).toBe('6,670 requests a second');
    const counted = { ...comparison('instructions.plaintext', [616, 610, 620], [288, 285, 290]), unit: 'instructions' };
    expect(() => benchText(counted, 'flaskPerCore')).toThrow(/instructions.plaintext: .*µs/);
  });

  it('resolve {{bench:…}} tokens in YAML text and name the metrics near an unknown one', () => {
    expect(resolveBenchReferences('Start: {{bench:coldStart.bare.favours}} is quicker.', COMPARISONS)).toBe('Start: Django is quicker.');
    expect(() => resolveBenchReferences('{{bench:cpu.nothing.ratio}}', COMPARISONS)).toThrow(
      /unknown benchmark metric "cpu.nothing"; try cpu.plaintext, cpu.fortunes/,
    );
  });
});

describe('verdicts in words', () => {
  const named = (id: string, django: number, flask: number, better: 'lower' | 'higher' = 'lower') =>
    comparison(id, [django, django * 0.99, django * 1.01], [flask, flask * 0.99, flask * 1.01], better);
  it('say the factor from the costlier side, as the tables give it (two places)', () => {
    expect(verdictText(named('instructions.plaintext', 616_000, 288_000))).toBe(
      'Django runs 2.14 times as many instructions as Flask for a test request',
    );
    expect(verdictText(named('instructions.asgi', 6_100_000, 1_150_000))).toBe(
      'Django runs 5.30 times as many instructions as Flask for a test request',
    );
    expect(verdictText(named('install.framework', 31.6, 4.8))).toBe('Django takes 6.58 times as much disk space as Flask');
    expect(benchText(named('instructions.asgi', 6_100_000, 1_150_000), 'difference')).toBe('5.30');
    // One direction in tables and prose alike: Django over Flask, never "N× fewer" or "% less".
    expect(benchText(named('instructions.query', 1_780_000, 2_000_000), 'difference')).toBe('0.89');
  });

  it('say a small factor the same way, from the side the data shows costs more', () => {
    expect(verdictText(named('instructions.query', 1_780_000, 2_000_000))).toBe(
      'Flask runs 1.12 times as many instructions as Django for a test request',
    );
    expect(verdictText(named('coldStart.bare', 330, 160))).toBe(
      'Django needs 2.06 times as much CPU time as Flask to start a test request',
    );
    expect(verdictText({ ...named('serverCpu.sync.plaintext', 450, 360), setting: 'with Gunicorn’s sync workers' })).toBe(
      'serving a test request with Gunicorn’s sync workers, Django uses 1.25 times as much CPU time as Flask',
    );
  });

  it('take a peak’s verdict from the server CPU time that decides it, keeping the peak’s own figures', () => {
    const serverCpu = named('serverCpu.sync.plaintext', 450, 300);
    const peak = { ...named('peak.sync.plaintext', 900, 1400, 'higher'), favours: serverCpu.favours, decidedBy: serverCpu };
    expect(verdictText(peak)).toBe(verdictText(serverCpu));
    // The "Django ÷ Flask" column divides the peak's own figures, never the server CPU's.
    expect(benchText(peak, 'difference')).toBe('0.64');
    expect(benchText(peak, 'summary')).toBe(benchText(serverCpu, 'summary'));
    expect(benchText(peak, 'djangoFigure')).toBe('900 µs');
  });

  it('tell figures too spread to compare from figures alike, in the sentence and in the table', () => {
    // The practitioner's case: 305 against 193 with intervals each wider than the 20% margin.
    const spread = comparison('coldStart.bare', [305, 260, 480], [193, 170, 310], 'lower', 'cpu');
    expect(spread.outcome).toBe('variable');
    expect(verdictText(spread)).toBe('the start-up CPU time of Django against Flask varies too much here to compare');
    expect(benchText(spread, 'difference')).toBe('1.58 · too variable to compare');
    const alike = comparison('cpu.query', [860, 850, 875], [800, 780, 815], 'lower', 'cpu');
    expect(alike.outcome).toBe('same');
    expect(benchText(alike, 'difference')).toBe('1.07 · no measurable difference');
    expect(verdictText(alike)).toBe('no measurable difference in CPU time for a test request');
  });
});

describe('the minimum separation of timed figures', () => {
  const at = (value: number, low: number, high: number) => ({ value, low, high });
  it('states a count as soon as the intervals part, however small the gap', () => {
    expect(favoured(at(101, 100.5, 101.5), at(100, 99.5, 100.4), 'lower')).toBe('flask');
    expect(favoured(at(101, 100.5, 101.5), at(100, 99.5, 100.4), 'lower', 'exact')).toBe('flask');
  });

  it('states CPU time only when the worse side is at least 20% worse at the nearer ends', () => {
    // 13% apart at the nearer ends: parted, yet within what a busy machine moves between runs.
    expect(favoured(at(140, 130, 150), at(105, 100, 115), 'lower', 'cpu')).toBe('none');
    expect(favoured(at(140, 138, 150), at(105, 100, 115), 'lower', 'cpu')).toBe('flask');
    expect(favoured(at(105, 100, 115), at(140, 138, 150), 'lower', 'cpu')).toBe('django');
  });

  it('asks 50% of CPU time for work that waits on another process, in either direction of better', () => {
    expect(favoured(at(466, 466, 466), at(366, 366, 366), 'lower', 'waiting')).toBe('none');
    expect(favoured(at(900, 850, 950), at(1400, 1300, 1500), 'higher', 'waiting')).toBe('none');
    expect(favoured(at(500, 450, 550), at(1400, 1300, 1500), 'higher', 'waiting')).toBe('flask');
    expect(favoured(at(700, 650, 760), at(1300, 1200, 1400), 'lower', 'waiting')).toBe('django');
  });

  it('calls a timed pair too variable when either interval is as wide as the margin, and alike otherwise', () => {
    // Overlapping because one interval is 25% wide: the measurement could not have shown 20%.
    expect(outcomeOf(at(100, 90, 113), at(105, 100, 108), 'lower', 'cpu')).toBe('variable');
    // Both tight and within the margin: no measurable difference.
    expect(outcomeOf(at(100, 97, 104), at(112, 108, 115), 'lower', 'cpu')).toBe('same');
    // A clear gap is a side whatever the widths.
    expect(outcomeOf(at(100, 60, 104), at(200, 190, 300), 'lower', 'cpu')).toBe('django');
    // A count or a size is never too variable: overlap there means alike.
    expect(outcomeOf(at(100, 50, 150), at(110, 100, 160), 'lower')).toBe('same');
    // Work that waits moves with the load by as much as its margin: short of it, too variable.
    expect(outcomeOf(at(486, 486, 486), at(709, 709, 709), 'lower', 'waiting')).toBe('variable');
    expect(outcomeOf(at(436, 436, 436), at(469, 469, 469), 'lower', 'waiting')).toBe('variable');
    expect(outcomeOf(at(300, 300, 300), at(469, 469, 469), 'lower', 'waiting')).toBe('django');
    // Through a server the ratio moved by up to ×2 between runs: shown, never judged.
    expect(outcomeOf(at(1671, 1671, 1671), at(469, 469, 469), 'lower', 'server')).toBe('variable');
  });

  it('take a timed figure at its lowest sample, the least disturbed', () => {
    expect(lowestOf({ value: 120, low: 110, high: 130, samples: [125, 104, 131] })).toEqual({ value: 104, low: 104, high: 104 });
    expect(lowestOf({ value: 120, low: 110, high: 130 })).toEqual({ value: 110, low: 110, high: 110 });
  });

  it('are the margins the performance chapter states in words', () => {
    const chapter = readFileSync('content/guide/performance.mdx', 'utf8');
    const limits = (/### Limits of one two-core machine[\s\S]*?(?:\n## |$)/.exec(chapter)?.[0] ?? '').replace(/\s+/g, ' ');
    const percent = (ratio: number) => `${Math.round((ratio - 1) * 100)}%`;
    expect(limits).toContain(`at least ${percent(MINIMUM_SEPARATION.cpu)} above`);
    expect(limits).toContain(`at least ${percent(MINIMUM_SEPARATION.waiting)} apart`);
    // The two words the tables print where neither side is favoured, explained in the chapter.
    const spread = comparison('cpu.a', [305, 260, 480], [193, 170, 310], 'lower', 'cpu');
    const alike = comparison('cpu.b', [860, 850, 875], [800, 780, 815], 'lower', 'cpu');
    for (const c of [spread, alike]) expect(limits.toLowerCase()).toContain(`"${benchText(c, 'difference').split(' · ')[1]}"`);
  });

  it('treats a zero upper end as parted by any positive figure', () => {
    expect(favoured(at(0, 0, 0), at(3, 2, 4), 'lower', 'cpu')).toBe('django');
  });
});

describe('measured claims against the data', () => {
  it('splits prose into sentences, table rows and list items, keeping line numbers', () => {
    expect(sentences('One here. Two\nthere.\n\n| a | b |\n- item')).toEqual([
      { text: 'One here.', line: 1 },
      { text: 'Two there.', line: 1 },
      { text: '| a | b |', line: 4 },
      { text: '- item', line: 5 },
    ]);
  });

  it('fails a hand-typed comparison of speed, memory or start-up, naming the sentence', () => {
    for (const text of [
      'Flask is faster than Django for small APIs.',
      'Django uses more memory per worker.',
      'Flask is light and fast.',
      'Django starts more slowly.',
    ]) {
      const problems = checkSentence(text, COMPARISONS, where);
      expect(problems, text).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/compares the frameworks on a measured property without a benchmark reference/);
    }
  });

  it('lets through what is not a measured comparison of the two', () => {
    for (const text of [
      'Citrusbug says Flask is faster.',
      'Flask is quicker to start learning.',
      'Is Django faster than Flask?',
      'Django Ninja is the lighter one.',
      'Where async helps in Flask is waiting on several slow services at once.',
      'Django gets there faster when the MVP needs accounts.',
    ]) {
      expect(checkSentence(text, COMPARISONS, where), text).toEqual([]);
    }
  });

  it('fails a typed direction the referenced data contradicts', () => {
    const [problem] = checkSentence('Flask starts faster: {{bench:coldStart.bare.summary}}.', COMPARISONS, where);
    expect(problem).toMatchObject(where);
    expect(problem!.message).toMatch(
      /claims a direction the data contradicts: .*the data says coldStart\.bare: Flask needs 1.43 times as much CPU time as Django to start a test request/,
    );
    expect(checkSentence('Django starts faster: {{bench:coldStart.bare.summary}}.', COMPARISONS, where)).toEqual([]);
    expect(checkSentence('Flask serves more requests per second: {{bench:peak.sync.plaintext}}.', COMPARISONS, where)).toEqual([]);
  });

  it('fails a difference claimed inside the spread', () => {
    const [problem] = checkSentence('Django renders Fortunes with less CPU time ({{bench:cpu.fortunes}}).', COMPARISONS, where);
    expect(problem!.message).toMatch(
      /claims a difference inside the measured spread: .*no measurable difference in CPU time for a test request/,
    );
  });

  it('fails an unknown metric', () => {
    const [problem] = checkSentence('See {{bench:cpu.nope}}.', COMPARISONS, where);
    expect(problem!.message).toMatch(/unknown benchmark metric "cpu.nope"/);
  });

  it('checks a chapter line by line, skipping front matter and code', () => {
    const mdx =
      '---\ntitle: X\ndescription: Flask is faster than Django.\n---\n\nIntro.\n\n```python\n# Flask is faster than Django\n```\n\nDjango uses more memory than Flask.\n';
    const problems = checkChapterClaims('content/guide/x.mdx', scanChapter('content/guide/x.mdx', mdx), COMPARISONS);
    expect(problems.map((p) => p.file)).toEqual(['content/guide/x.mdx:12']);
  });

  it("reads a chapter's <Bench> components from its record, each in its sentence", () => {
    const chapter = (body: string) => scanChapter('content/guide/x.mdx', `---\ntitle: X\n---\n\n${body}\n`);
    const check = (body: string) =>
      checkChapterClaims('content/guide/x.mdx', chapter(body), COMPARISONS).map((p) => `${p.file} ${p.message}`);
    expect(check('Intro. Flask serves more requests per second: <Bench metric="peak.sync.plaintext" />.')).toEqual([]);
    expect(check('| Metric | Flask serves more requests per second <Bench metric="peak.sync.plaintext" /> |\n| --- | --- |')).toEqual([]);
    expect(check('Intro.\n\n- Flask serves more requests per second.')).toEqual([
      expect.stringMatching(/^content\/guide\/x\.mdx:7 compares the frameworks on a measured property without a benchmark reference/),
    ]);
    expect(check('See <Bench metric="cpu.nope" />.')).toEqual([expect.stringMatching(/unknown benchmark metric "cpu.nope"/)]);
  });

  it('holds the edge of a comparison row to the measurements it cites', () => {
    const row = {
      id: 'memory-cold-start',
      django: '{{bench:coldStart.bare.django}}',
      flask: '{{bench:coldStart.bare.flask}}',
      edge: 'flask',
    };
    const [problem] = checkEntryClaims('content/comparison.yaml', row, COMPARISONS, { edgeField: 'edge', impliedFramework: true });
    expect(problem).toMatchObject({ file: 'content/comparison.yaml', field: 'entry "memory-cold-start" › edge' });
    expect(problem!.message).toMatch(/edge "flask" contradicts the measurements it cites \(expected django\)/);
    expect(checkEntryClaims('content/comparison.yaml', { ...row, edge: 'django' }, COMPARISONS, { edgeField: 'edge' })).toEqual([]);
    const overlap = { id: 'r', django: '{{bench:cpu.fortunes.django}}', flask: '', edge: 'django' };
    expect(checkEntryClaims('content/comparison.yaml', overlap, COMPARISONS, { edgeField: 'edge' })[0]!.message).toMatch(
      /expected tie or depends/,
    );
  });

  it('reads a pro or con as speaking for its framework, unless the entry is about building speed', () => {
    const con = { id: 'memory-and-start-up', framework: 'django', text: 'More memory and a slower start-up.' };
    expect(checkEntryClaims('content/proscons.yaml', con, COMPARISONS, { impliedFramework: true })).toHaveLength(1);
    const row = { id: 'development-speed', dimension: 'Development speed', django: 'Faster for feature-rich apps' };
    expect(checkEntryClaims('content/comparison.yaml', row, COMPARISONS, { impliedFramework: true })).toEqual([]);
  });
});
