import { describe, expect, it } from 'vitest';
import { codeRuns, splitLastRun, splitLastWord } from '../../src/guide/marker-word';

describe('splitLastWord', () => {
  it('splits off the last word and drops the whitespace after it', () => {
    expect(splitLastWord('in active development\n')).toEqual(['in active ', 'development']);
    expect(splitLastWord('one (two).')).toEqual(['one ', '(two).']);
    expect(splitLastWord('quotes no\nfigures ')).toEqual(['quotes no ', 'figures']);
  });

  it('gives an empty word for text that is only whitespace, and keeps a single word whole', () => {
    expect(splitLastWord('  ')).toEqual(['', '']);
    expect(splitLastWord('Django')).toEqual(['', 'Django']);
  });
});

describe('codeRuns and splitLastRun', () => {
  it('shows names between backticks as code and leaves a lone backtick as written', () => {
    expect(codeRuns("Flask-WTF's `CSRFProtect` adds it")).toEqual([
      { text: "Flask-WTF's ", code: false },
      { text: 'CSRFProtect', code: true },
      { text: ' adds it', code: false },
    ]);
    expect(codeRuns('a ` alone')).toEqual([{ text: 'a ` alone', code: false }]);
  });

  it('keeps the last word, or a code span that touches it, with the marker', () => {
    expect(splitLastRun('must be added (`CSRFProtect`).')).toEqual([
      [{ text: 'must be added (', code: false }],
      [
        { text: 'CSRFProtect', code: true },
        { text: ').', code: false },
      ],
    ]);
    expect(splitLastRun('the CLI (`flask run`, custom commands).\n')).toEqual([
      [
        { text: 'the CLI (', code: false },
        { text: 'flask run', code: true },
        { text: ', custom ', code: false },
      ],
      [{ text: 'commands).', code: false }],
    ]);
    expect(splitLastRun('run `flask run`')).toEqual([[{ text: 'run ', code: false }], [{ text: 'flask run', code: true }]]);
  });
});
