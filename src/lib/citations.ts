/** Splits a citation attribute (`"apidog edureka"` or `"apidog, edureka"`) into source ids. */
export function splitSourceIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Like splitSourceIds, for rendering: at least one id, each once. */
export function parseSourceIds(value: string): string[] {
  const ids = [...new Set(splitSourceIds(value))];
  if (ids.length === 0) throw new Error('a citation needs at least one source id');
  return ids;
}
