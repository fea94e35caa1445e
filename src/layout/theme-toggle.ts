import { parseTheme, THEME_STORAGE_KEY, THEMES, type Theme } from '../site/theme';

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

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * <theme-toggle> wraps a button that steps through System, Light and Dark. It is rendered hidden
 * because it needs JavaScript, and revealed here. The saved theme was already applied before
 * first paint by THEME_INIT_SCRIPT (src/site/theme-init.ts); this keeps the button in step
 * (data-choice picks its icon, the hidden label its accessible name) and handles presses.
 */
class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const label = this.querySelector('[data-theme-label]');
    if (!button || !label) return;
    let theme = storedTheme();
    const show = () => {
      this.dataset.choice = theme;
      label.textContent = LABELS[theme];
    };
    button.addEventListener('click', () => {
      theme = THEMES[(THEMES.indexOf(theme) + 1) % 3] ?? 'system';
      applyTheme(theme);
      show();
    });
    show();
    this.hidden = false;
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
