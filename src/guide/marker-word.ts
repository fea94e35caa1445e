/**
 * Splits text before a citation marker into what may wrap and the last word, which is kept on
 * one line with the marker (`.cite-keep`, Cite.astro): "in active development " gives
 * ["in active ", "development"]. Whitespace at the end goes: no line may start with the marker.
 */
export function splitLastWord(text: string): [head: string, lastWord: string] {
  const match = /(\S*)\s*$/.exec(text);
  const lastWord = match?.[1] ?? '';
  // A line break before the word becomes a space: the same to a browser, clearer to text tools.
  return [text.slice(0, match?.index ?? text.length).replace(/\s+$/, ' '), lastWord];
}
