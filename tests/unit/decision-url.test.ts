import { describe, expect, it } from 'vitest';
import {
  RESULT_OUTCOMES,
  isResultPagePath,
  outcomeOfResultPage,
  parseAnswers,
  resultOutcome,
  resultPagePath,
  resultPages,
  resultPathOf,
  serialiseAnswers,
} from '../../src/decision/decision-url';
import { decide, type EngineQuestion } from '../../src/decision/decision';
import { realDecisionQuestions } from '../helpers/decision-questions';

const option = (id: string) => ({ id, django: 1, flask: 0, reason: 'r', link: '/guide/x/' });
const QUESTIONS: EngineQuestion[] = [
  { id: 'size', options: [option('small'), option('large')] },
  { id: 'admin', options: [option('yes'), option('no')] },
  { id: 'app-type', options: [option('website'), option('ml-endpoint')] },
];

describe('parseAnswers', () => {
  it('reads valid pairs from a query string, with or without "?", or from URLSearchParams', () => {
    const expected = { size: 'large', admin: 'no' };
    expect(parseAnswers(QUESTIONS, '?size=large&admin=no')).toEqual(expected);
    expect(parseAnswers(QUESTIONS, 'admin=no&size=large')).toEqual(expected);
    expect(parseAnswers(QUESTIONS, new URLSearchParams({ size: 'large', admin: 'no' }))).toEqual(expected);
    expect(parseAnswers(QUESTIONS, '?app-type=ml-endpoint')).toEqual({ 'app-type': 'ml-endpoint' });
    expect(parseAnswers(QUESTIONS, '')).toEqual({});
  });

  it.each([
    ['a script tag', `size=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['an attribute break-out', 'admin=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a javascript: URL', 'size=javascript:alert(1)'],
    ['an encoded null', 'size=large%00'],
    ['a null in the key', 'size%00=large'],
    ['unicode controls', 'size=%E2%80%AElarge&admin=%E2%80%8Byes'],
    ['a malformed escape', 'size=%E0%A4%A&admin=%'],
    ['a different case', 'SIZE=large&admin=YES'],
    ['padding', 'size=%20large&admin=yes%20'],
    ['prototype keys', '__proto__=large&constructor=yes&toString=no'],
    ['a 10 KB value', `size=${'large'.repeat(2048)}`],
    ['a key without a value', 'size&admin='],
    ['an unknown question', 'x=javascript:alert(1)&colour=large'],
  ])('ignores %s without throwing', (_name, query) => {
    expect(() => parseAnswers(QUESTIONS, query)).not.toThrow();
    expect(parseAnswers(QUESTIONS, query)).toEqual({});
    expect(parseAnswers(QUESTIONS, `${query}&app-type=website`)).toEqual({ 'app-type': 'website' });
  });

  it('takes the first valid value of a repeated key', () => {
    expect(parseAnswers(QUESTIONS, 'size=%3Cscript%3Ealert(1)%3C%2Fscript%3E&size=large&size=small')).toEqual({ size: 'large' });
    expect(parseAnswers(QUESTIONS, `size=${'x'.repeat(10240)}&size=small`)).toEqual({ size: 'small' });
  });

  it('stops reading a query with an absurd number of parameters', () => {
    const flood = Array.from({ length: 5000 }, (_, i) => `junk${i}=1`).join('&');
    expect(parseAnswers(QUESTIONS, `size=small&${flood}&admin=yes`)).toEqual({ size: 'small' });
  });
});

describe('serialiseAnswers', () => {
  it('writes valid answers in question order', () => {
    expect(serialiseAnswers(QUESTIONS, { 'app-type': 'website', size: 'large', admin: 'no' })).toBe('size=large&admin=no&app-type=website');
  });

  it('drops invalid answers and gives an empty string for none', () => {
    expect(serialiseAnswers(QUESTIONS, { size: '<b>', admin: 'yes', evil: 'javascript:alert(1)' })).toBe('admin=yes');
    expect(serialiseAnswers(QUESTIONS, {})).toBe('');
  });

  it('round-trips through parseAnswers', () => {
    const answers = { size: 'small', 'app-type': 'ml-endpoint' };
    expect(parseAnswers(QUESTIONS, `?${serialiseAnswers(QUESTIONS, answers)}`)).toEqual(answers);
  });
});

describe('links shared before the questions were re-weighted and split (issue 19)', () => {
  const questions = realDecisionQuestions();
  /** Every question and option id the first version of the tool could put in a link (content/decision.yaml at b339daa). */
  const FIRST_VERSION_IDS: Record<string, readonly string[]> = {
    size: ['small', 'medium', 'large', 'unsure'],
    admin: ['yes', 'some', 'no', 'unsure'],
    'app-type': ['website', 'api', 'microservice', 'ml-endpoint'],
    team: ['small', 'medium', 'large'],
    experience: ['django', 'flask', 'new', 'both'],
    speed: ['standard-features', 'narrow-prototype', 'no-rush'],
    freedom: ['yes', 'some', 'no'],
    database: ['relational', 'mongodb', 'other', 'unsure'],
    realtime: ['central', 'a-little', 'no'],
    lifespan: ['regulated', 'long', 'short'],
  };
  /** Links as the first version wrote them: its tests, its README and a full set of answers. */
  const REAL_OLD_LINKS = [
    '/decide/?size=large&admin=yes&app-type=website&team=large',
    '/decide/?app-type=ml-endpoint&team=small',
    '/decide/?size=large&admin=yes',
    '/decide/?team=small',
    '/decide/?size=large&admin=yes&app-type=website&team=large&experience=both&speed=standard-features&freedom=no&database=relational&realtime=a-little&lifespan=long',
    '/decide/?size=small&admin=no&app-type=ml-endpoint&team=small&experience=both&speed=narrow-prototype&freedom=some&database=other&realtime=no&lifespan=short',
  ];

  it.each(Object.entries(FIRST_VERSION_IDS).flatMap(([q, options]) => options.map((o) => [`/decide/?${q}=${o}`])))(
    '%s restores its answer',
    (link) => {
      const query = new URL(link, 'https://example.org').search;
      expect(parseAnswers(questions, query)).toEqual(Object.fromEntries(new URLSearchParams(query)));
    },
  );

  it.each(REAL_OLD_LINKS.map((link) => [link]))('%s restores every answer and writes the same query back', (link) => {
    const query = new URL(link, 'https://example.org').search;
    const answers = parseAnswers(questions, query);
    expect(answers).toEqual(Object.fromEntries(new URLSearchParams(query)));
    expect(`?${serialiseAnswers(questions, answers)}`).toBe(query);
  });
});

describe('result pages', () => {
  const questions = realDecisionQuestions();

  it('have one path per outcome and confidence, which the pages and the widget agree on', () => {
    // Five outcomes at three confidences, less the three close ones at high confidence, which never occur.
    expect(resultPages()).toHaveLength(12);
    expect(
      resultPages()
        .filter(({ confidence }) => confidence === 'high')
        .map(({ outcome }) => outcome),
    ).toEqual(['django', 'flask']);
    expect(resultPagePath('leaning-flask', 'medium')).toBe('/decide/leaning-flask/medium/');
    for (const outcome of RESULT_OUTCOMES) expect(resultOutcome(outcomeOfResultPage(outcome))).toBe(outcome);
    expect(isResultPagePath('/decide/django/high/')).toBe(true);
    expect(isResultPagePath('/decide/')).toBe(false);
    expect(isResultPagePath('/guide/django/high/')).toBe(false);
  });

  it('are where a result lives, and /decide/ while nothing is answered', () => {
    expect(resultPathOf(decide(questions, {}))).toBe('/decide/');
    const shop = decide(questions, {
      size: 'medium',
      admin: 'yes',
      'app-type': 'shop',
      team: 'medium',
      speed: 'standard-features',
      freedom: 'no',
      lifespan: 'long',
    });
    expect(resultPathOf(shop)).toBe('/decide/django/high/');
    expect(resultPathOf(decide(questions, { team: 'small' }))).toBe('/decide/leaning-flask/low/');
  });
});
