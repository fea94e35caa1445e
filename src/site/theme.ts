/** Theme preference: follow the OS ("system") or force light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = 'dvf:theme';

/** A stored or chosen value, validated; anything unexpected means "system". */
export function parseTheme(value: unknown): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'system';
}
