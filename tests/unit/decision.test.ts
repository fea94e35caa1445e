import { describe, expect, it } from 'vitest';
import {
  CLOSE_MARGIN,
  CONFIDENCE_RULE,
  MIN_LEAD,
  UNSURE,
  decide,
  leanOf,
  receivedQuestions,
  sentAdvisories,
  toEngineQuestions,
  validateAnswers,
  type EngineQuestion,
} from '../../src/decision/decision';
import { confidenceText, leanLabel, verdictText } from '../../src/decision/decision-text';
import { realAdvisories, realDecisionQuestions } from '../helpers/decision-questions';

const option = (id: string, django: number, flask: number) => ({ id, django, flask, reason: `${id} reason`, link: `/guide/x/#${id}` });

/** A small made-up question set, so these tests do not move when the real weights are tuned. */
const QUESTIONS: EngineQuestion[] = [
  { id: 'admin', options: [option('yes', 3, 0), option('no', 0, 2), option('unsure', 0, 0)] },
  { id: 'size', options: [option('large', 3, 0), option('small', 0, 3), option('medium', 1, 1)] },
  { id: 'team', options: [option('large', 2, 0), option('small', 0, 1)] },
  { id: 'async', options: [option('central', 2, 0), option('no', 0, 0)] },
];

describe('validateAnswers', () => {
  it('keeps only known questions with known options, in question order', () => {
    expect(validateAnswers(QUESTIONS, { team: 'small', admin: 'yes', nope: 'yes', size: 'huge' })).toEqual({
      admin: 'yes',
      team: 'small',
    });
    expect(Object.keys(validateAnswers(QUESTIONS, { team: 'small', admin: 'yes' }))).toEqual(['admin', 'team']);
  });

  it('rejects non-string values, prototype keys and non-objects', () => {
    expect(validateAnswers(QUESTIONS, { admin: 3, size: ['large'], team: { toString: () => 'small' } })).toEqual({});
    expect(validateAnswers(QUESTIONS, JSON.parse('{"__proto__": {"admin": "yes"}, "constructor": "x"}'))).toEqual({});
    expect(validateAnswers(QUESTIONS, Object.create({ admin: 'yes' }))).toEqual({});
    for (const input of [null, undefined, 'admin=yes', 42]) expect(validateAnswers(QUESTIONS, input)).toEqual({});
  });

  it('matches option ids exactly', () => {
    expect(validateAnswers(QUESTIONS, { admin: 'YES', size: ' large', team: 'small\u0000' })).toEqual({});
  });
});

describe('decide', () => {
  it('gives "either" with no lean and low confidence when nothing is answered', () => {
    const result = decide(QUESTIONS, {});
    expect(result).toMatchObject({
      scores: { django: 0, flask: 0 },
      verdict: 'either',
      lean: null,
      margin: 0,
      confidence: 'low',
      answered: 0,
      known: 0,
      advisories: [],
      change: null,
      total: 4,
      reasons: [],
    });
    expect(verdictText(result)).toMatch(/no answers yet/i);
  });

  it('treats invalid answers as unanswered', () => {
    expect(decide(QUESTIONS, { admin: 'maybe', ghost: 'yes' })).toEqual(decide(QUESTIONS, {}));
  });

  it('adds up the weights of the chosen options and the best possible totals', () => {
    const result = decide(QUESTIONS, { admin: 'no', size: 'medium', team: 'large' });
    expect(result.scores).toEqual({ django: 3, flask: 3 });
    expect(result.maxScores).toEqual({ django: 10, flask: 6 });
    // Both bars are drawn against the larger maximum, so equal points draw equal bars.
    expect(result.scale).toBe(10);
    expect(result.answered).toBe(3);
  });

  it.each([
    ['admin', 'yes', 'django'],
    ['size', 'large', 'django'],
    ['size', 'small', 'flask'],
    ['admin', 'no', 'flask'],
    ['team', 'large', 'django'],
    ['async', 'central', 'django'],
  ] as const)('a strong single answer %s=%s gives %s', (question, answer, expected) => {
    const result = decide(QUESTIONS, { [question]: answer });
    expect(result.verdict).toBe(expected);
    expect(result.lean).toBeNull();
    // One answer out of four is never enough for more than low confidence.
    expect(result.confidence).toBe('low');
  });

  it('calls a lead of less than MIN_LEAD points "either", leaning to the side ahead', () => {
    expect(MIN_LEAD).toBe(2);
    const result = decide(QUESTIONS, { team: 'small' });
    expect(result).toMatchObject({ scores: { django: 0, flask: 1 }, verdict: 'either', lean: 'flask' });
    expect(verdictText(result)).toBe('Either would do, with a slight lean toward Flask.');
  });

  it('calls a lead below CLOSE_MARGIN of all points "either", however many points it is', () => {
    expect(CLOSE_MARGIN).toBe(0.2);
    const side = (id: string, django: number, flask: number) => ({ id, options: [option('x', django, flask)] });
    const many = [
      side('a', 3, 0),
      side('b', 3, 0),
      side('c', 3, 0),
      side('d', 3, 0),
      side('e', 0, 3),
      side('f', 0, 3),
      side('g', 0, 3),
      side('h', 0, 1),
    ];
    const all = Object.fromEntries(many.map((q) => [q.id, 'x']));
    // 12 to 10: two points ahead, but only 2/22 of everything scored.
    const nearTie = decide(many, all);
    expect(nearTie).toMatchObject({ scores: { django: 12, flask: 10 }, verdict: 'either', lean: 'django' });
    expect(nearTie.margin).toBeLessThan(CLOSE_MARGIN);
    // 12 to 7: a margin of 5/19 is a real lead.
    const { g: _unanswered, ...fewerFlask } = all;
    expect(decide(many, fewerFlask)).toMatchObject({ scores: { django: 12, flask: 7 }, verdict: 'django', lean: null });

    const tie = decide(QUESTIONS, { admin: 'no', size: 'large', team: 'small' });
    expect(tie).toMatchObject({ scores: { django: 3, flask: 3 }, verdict: 'either', lean: null });
    expect(verdictText(tie)).toMatch(/do not favour one/);
  });

  it('gives high confidence only to a clear verdict with enough real answers that one answer cannot change', () => {
    expect(CONFIDENCE_RULE).toEqual({ mediumKnown: 4, highKnown: 6 });
    const side = (id: string, django: number, flask: number) => ({
      id,
      options: [option('x', django, flask), option('y', 0, 0), option(UNSURE, 0, 0)],
    });
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => side(id, 2, 0));
    const all = (value: string, count = 6) => Object.fromEntries(six.slice(0, count).map((q) => [q.id, value]));
    // Six answers of 2 points for Django: changing one or two of them still leaves Django well ahead.
    expect(decide(six, all('x'))).toMatchObject({ verdict: 'django', known: 6, confidence: 'high', change: null });
    // Five real answers: not enough for high, even though the lead is safe.
    expect(decide(six, { ...all('x', 5), f: UNSURE })).toMatchObject({ verdict: 'django', answered: 6, known: 5, confidence: 'medium' });
    expect(decide(six, all('x', 3))).toMatchObject({ verdict: 'django', confidence: 'low' });

    // Six real answers but a lead that one answer undoes: medium.
    const fragile = [side('a', 3, 0), side('b', 0, 1), side('c', 0, 0), side('d', 0, 0), side('e', 0, 0), side('f', 0, 0)];
    const fragileResult = decide(fragile, { a: 'x', b: 'x', c: 'x', d: 'x', e: 'x', f: 'x' });
    expect(fragileResult).toMatchObject({
      verdict: 'django',
      confidence: 'medium',
      change: { answer: { questionId: 'a' }, verdict: 'either' },
    });

    // A full set of answers that balance out is close, and a close result is never high.
    const balanced = decide(QUESTIONS, { admin: 'no', size: 'medium', team: 'large', async: 'no' });
    expect(balanced).toMatchObject({ verdict: 'either', lean: null, confidence: 'medium' });
    expect(confidenceText(balanced)).toBe('Confidence: Medium (4 of 4 questions answered)');
  });

  it('names the smallest change of answers that gives another verdict', () => {
    // Django by 3: one answer (admin: no) makes it Flask, which beats the changes that only make it "either".
    const django = decide(QUESTIONS, { admin: 'yes' });
    expect(django.change).toEqual({ answer: { questionId: 'admin', optionId: 'no' }, verdict: 'flask', lean: null });
    // An "either" leaning Flask looks for Flask first: team: large would give Django, admin: no gives Flask.
    const either = decide(QUESTIONS, { team: 'small' });
    expect(either).toMatchObject({ verdict: 'either', lean: 'flask' });
    expect(either.change).toEqual({ answer: { questionId: 'admin', optionId: 'no' }, verdict: 'flask', lean: null });
    // Among equally good changes, one to an answer already given comes first.
    const tied = decide(QUESTIONS, { size: 'medium', team: 'large', admin: 'no' });
    expect(tied).toMatchObject({ verdict: 'either', lean: null });
    expect(tied.change?.answer).toEqual({ questionId: 'admin', optionId: 'yes' });
    // Nothing answered: nothing to change.
    expect(decide(QUESTIONS, {}).change).toBeNull();
  });

  it('collects the advisories of the chosen answers, each once, in question order', () => {
    const advisory = (id: string) => ({ id, title: `${id} title`, reason: `${id} reason`, link: `/guide/x/#${id}` });
    const advised: EngineQuestion[] = [
      { id: 'kind', options: [{ ...option('api', 0, 1), advisory: advisory('api-frameworks') }, option('site', 1, 0)] },
      {
        id: 'io',
        options: [
          { ...option('async', 2, -1), advisory: advisory('async-frameworks') },
          // The same advisory as a copy (as JSON.parse gives it): still listed once.
          { ...option('json', 0, 0), advisory: advisory('api-frameworks') },
        ],
      },
    ];
    const ids = (answers: Record<string, string>) => decide(advised, answers).advisories.map(({ id }) => id);
    expect(ids({ io: 'async', kind: 'api' })).toEqual(['api-frameworks', 'async-frameworks']);
    expect(ids({ io: 'json', kind: 'api' })).toEqual(['api-frameworks']);
    expect(ids({ kind: 'site' })).toEqual([]);
    expect(decide(advised, { kind: 'api' }).advisories).toEqual([advisory('api-frameworks')]);
  });

  it('orders reasons by the difference each answer makes, ties in question order', () => {
    const result = decide(QUESTIONS, { async: 'central', team: 'small', size: 'small', admin: 'no' });
    expect(result.reasons.map((r) => [r.questionId, r.strength, r.favours])).toEqual([
      ['size', 3, 'flask'],
      ['admin', 2, 'flask'],
      ['async', 2, 'django'],
      ['team', 1, 'flask'],
    ]);
    expect(result.reasons[0]).toMatchObject({ optionId: 'small', reason: 'small reason', link: '/guide/x/#small' });
    const neutral = decide(QUESTIONS, { size: 'medium', admin: 'unsure', team: 'large' });
    expect(neutral.reasons.map((r) => [r.questionId, r.strength])).toEqual([
      ['team', 2],
      ['admin', 0],
      ['size', 0],
    ]);
  });
});

describe('lean labels', () => {
  it('names the favoured framework and the strength', () => {
    expect(
      [option('a', 3, 0), option('b', 0, 2), option('c', 1, 0), option('d', 1, 1), option('e', -2, 1)].map((o) => leanLabel(leanOf(o))),
    ).toEqual(['Django, strongly', 'Flask', 'Django, slightly', 'Neither', 'Flask, strongly']);
  });
});

describe('the real questions in content/decision.yaml', () => {
  const questions = realDecisionQuestions();

  it('has questions with unique ids', () => {
    expect(questions.length).toBeGreaterThan(1);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('recommends Django for a large team building an e-commerce site that needs an admin', () => {
    const result = decide(questions, {
      size: 'large',
      admin: 'yes',
      'app-type': 'website',
      team: 'large',
      experience: 'both',
      speed: 'standard-features',
      freedom: 'no',
      database: 'relational',
      realtime: 'a-little',
      lifespan: 'long',
    });
    expect(result.answered).toBe(10);
    expect(result.verdict).toBe('django');
    expect(result.confidence).toBe('high');
    expect(result.reasons.slice(0, 3).every((reason) => reason.favours === 'django')).toBe(true);
  });

  it('recommends Django from the defining answers alone', () => {
    const result = decide(questions, { size: 'large', admin: 'yes', 'app-type': 'website', team: 'large' });
    expect(result.verdict).toBe('django');
  });

  it('recommends Flask for a small team exposing one ML inference endpoint', () => {
    const result = decide(questions, {
      size: 'small',
      admin: 'no',
      'app-type': 'ml-endpoint',
      team: 'small',
      experience: 'both',
      speed: 'narrow-prototype',
      freedom: 'some',
      database: 'other',
      realtime: 'no',
      lifespan: 'short',
    });
    expect(result.verdict).toBe('flask');
    expect(result.confidence).toBe('high');
    expect(result.reasons[0]).toMatchObject({ questionId: 'app-type', favours: 'flask' });
  });

  it('recommends Flask from the defining answers alone', () => {
    const result = decide(questions, { team: 'small', 'app-type': 'ml-endpoint' });
    expect(result.verdict).toBe('flask');
  });

  it('moves the verdict toward the side of every strong answer given alone', () => {
    for (const question of questions) {
      for (const o of question.options) {
        const { favours, strength } = leanOf(o);
        const result = decide(questions, { [question.id]: o.id });
        if (favours && strength >= MIN_LEAD) expect(result.verdict, `${question.id}=${o.id}`).toBe(favours);
        else expect(result.verdict, `${question.id}=${o.id}`).toBe('either');
      }
    }
  });

  it('offers more than one direction in every question, no answer stronger than 3 points', () => {
    for (const question of questions) {
      const leans = new Set(question.options.map((o) => leanOf(o).favours));
      expect(leans.size, `${question.id} offers only one direction`).toBeGreaterThan(1);
      for (const o of question.options) expect(leanOf(o).strength, `${question.id}=${o.id}`).toBeLessThanOrEqual(3);
    }
  });

  it('sends the browser each advisory once beside the questions, and the browser decides as the build does', () => {
    const questions = realDecisionQuestions();
    const sent = JSON.stringify(toEngineQuestions(questions));
    const advisories = sentAdvisories(questions);
    // Every advisory of content/decision-advisories.yaml is named by some answer, in its file's order.
    expect(advisories.map(({ id }) => id)).toEqual(realAdvisories().map(({ id }) => id));
    expect(sent).not.toContain(advisories[0]!.title);
    const received = receivedQuestions(sent, JSON.stringify(advisories));
    for (const question of questions)
      for (const { id } of question.options) {
        const answers = { [question.id]: id, realtime: 'central' };
        expect(decide(received, answers), `${question.id}=${id}`).toEqual(decide(questions, answers));
      }
    expect(() => receivedQuestions(sent, '[]')).toThrow(/no advisory "api-frameworks"/);
  });
});
