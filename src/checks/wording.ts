/** Lower-cases and splits text into words, ignoring punctuation and markup. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Every run of `length` consecutive words, joined by single spaces. */
export function shingles(text: string, length: number): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i++) runs.push(list.slice(i, i + length).join(' '));
  return runs;
}

/** The runs of `text` that also occur in `known`, merged into maximal copied passages. */
export function copiedRuns(text: string, known: ReadonlySet<string>, length: number): string[] {
  const list = words(text);
  const passages: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + length <= list.length; i++) {
    if (!known.has(list.slice(i, i + length).join(' '))) continue;
    if (start !== -1 && i <= end) {
      end = i + length;
    } else {
      if (start !== -1) passages.push(list.slice(start, end).join(' '));
      start = i;
      end = i + length;
    }
  }
  if (start !== -1) passages.push(list.slice(start, end).join(' '));
  return passages;
}
