import { describe, expect, it } from 'vitest';
import { splitLastWord } from '../../src/guide/marker-word';

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
