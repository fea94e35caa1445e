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

/** A run of data text: plain, or a name written between backticks, shown as code. */
export interface TextRun {
  text: string;
  code: boolean;
}

/**
 * Data files are plain text, but a name between backticks (`CSRFProtect`) is code, as in the
 * chapters' Markdown. A backtick without its pair stays as written.
 */
export function codeRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let rest = text;
  for (let match = /`([^`\n]+)`/.exec(rest); match; match = /`([^`\n]+)`/.exec(rest)) {
    if (match.index > 0) runs.push({ text: rest.slice(0, match.index), code: false });
    runs.push({ text: match[1]!, code: true });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) runs.push({ text: rest, code: false });
  return runs;
}

/**
 * Data text before a citation marker as runs, the last word (or the last code span, whole) split
 * off to stay on one line with the marker, as splitLastWord does for plain text.
 */
export function splitLastRun(text: string): [head: TextRun[], last: TextRun[]] {
  const runs = codeRuns(text.replace(/\s+$/, ''));
  const final = runs.pop();
  if (!final) return [[], []];
  if (final.code) {
    // Punctuation cannot follow here (the text ends in the span); the span goes whole.
    return [runs, [final]];
  }
  const [head, lastWord] = splitLastWord(final.text);
  // "(`flask run`)." ends in a text run of ")." with no space: the code span before it joins the last word.
  if (!/\s/.test(final.text) && runs.at(-1)?.code) {
    const span = runs.pop()!;
    return [runs, [span, { text: lastWord, code: false }]];
  }
  return [[...runs, ...(head ? [{ text: head, code: false }] : [])], [{ text: lastWord, code: false }]];
}
