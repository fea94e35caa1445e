import { describe, expect, it } from 'vitest';
import { correctWord } from '../../src/search/search-correction';
import { soundKey } from '../../src/search/search-sound';

describe('soundKey', () => {
  it('spells alike what sounds alike', () => {
    expect(soundKey('migrashun')).toBe(soundKey('migration'));
    expect(soundKey('sesion')).toBe(soundKey('session'));
    expect(soundKey('serialization')).toBe(soundKey('serialisation'));
    expect(soundKey('django')).not.toBe(soundKey('flask'));
  });
});

describe('correctWord, by sound', () => {
  const vocabulary = new Map([
    ['migration', 40],
    ['migrations', 30],
    ['migrate', 20],
    ['middleware', 15],
  ]);

  it('corrects a word spelt as it sounds, three letters off', () => {
    expect(correctWord('migrashun', vocabulary)).toEqual({ word: 'migration', clear: true });
  });

  it('leaves words that sound like nothing on the site alone', () => {
    expect(correctWord('mygraphic', vocabulary)).toBeNull();
  });

  it('does not compare a word whose sound collapses to a stub ("zzzqqq" sounds like "sc")', () => {
    expect(correctWord('zzzqqq', new Map([['see', 500]]))).toBeNull();
    expect(correctWord('zzzqqq', new Map([['sec', 500]]))).toBeNull();
  });
});
