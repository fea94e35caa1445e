/** Keyboard shortcuts that open search. Its own module: every page loads it with the header. */

/** The keys of a keyboard event that matter to the shortcuts. */
export interface ShortcutKeys {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press opens search: "/" unless the reader is typing in a field, and Ctrl+K or
 * Cmd+K anywhere, the shortcuts documentation sites use (while the page has focus they take
 * over the browser's own: quick find for "/", the address bar's search for Ctrl+K).
 */
export function isSearchShortcut({ key, ctrlKey, metaKey, altKey }: ShortcutKeys, typing: boolean): boolean {
  if (altKey) return false;
  if (key.toLowerCase() === 'k' && ctrlKey !== metaKey) return true;
  return key === '/' && !ctrlKey && !metaKey && !typing;
}
