import { describe, expect, it } from 'vitest';
import { parseAnswers, serialiseAnswers } from '../../src/lib/decision-url';
import type { EngineQuestion } from '../../src/lib/decision';

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
    expect(serialiseAnswers(QUESTIONS, { 'app-type': 'website', size: 'large', admin: 'no' })).toBe(
      'size=large&admin=no&app-type=website',
    );
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
