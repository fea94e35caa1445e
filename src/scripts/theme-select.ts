import { parseTheme, THEME_STORAGE_KEY, type Theme } from '../lib/theme';

/** Applies a theme to <html> (data-theme) and remembers it; "system" forgets the choice. */
function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

function storedTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/**
 * <theme-select> wraps a <select> of System/Light/Dark. It is rendered hidden because it needs
 * JavaScript, and revealed here. The saved theme was already applied before first paint by
 * THEME_INIT_SCRIPT (src/lib/theme-init.ts); this keeps the control in step and handles changes.
 */
class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = storedTheme();
    select.addEventListener('change', () => applyTheme(parseTheme(select.value)));
    this.hidden = false;
  }
}

if (!customElements.get('theme-select')) customElements.define('theme-select', ThemeSelect);
