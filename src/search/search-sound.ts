/**
 * Spelling by ear: a word as it sounds, for "did you mean" (src/search/search-correction.ts). A
 * reader who spells a word as it sounds ("migrashun", "autentication", "sekurity") can be three
 * letters off it, too far for plain edit distance; compared as sounds, they are close. The rules
 * are few and cover the English spellings of the same sound that readers confuse most.
 */
const SOUND_RULES: readonly [RegExp, string][] = [
  // Doubled letters sound single ("sesion", "sucess"); first, so the rules below see one.
  [/(\p{L})\1+/gu, '$1'],
  // -tion, -sion, -cion, -shun, -shon: one ending.
  [/(?:sh|ti|si|ci)(?:u|o)n(?=s?$)/g, 'tion'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/[kq]/g, 'c'],
  [/z/g, 's'],
];

/** The word with each group of letters that spells a sound replaced by one spelling of it. */
export function soundKey(word: string): string {
  return SOUND_RULES.reduce((key, [pattern, replacement]) => key.replace(pattern, replacement), word.toLowerCase());
}
