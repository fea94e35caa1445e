import { THEME_STORAGE_KEY } from './theme.ts';

/**
 * The script that applies the saved theme before first paint. Base.astro inlines it at the top
 * of <head>; astro.config.mjs allows it in the CSP by the SHA-256 of this same string, so the
 * two cannot drift apart. It is written compact because it ships, as is, inside every page.
 * If storage is blocked (privacy mode) it does nothing and the page follows the OS preference;
 * theme-toggle.ts keeps the theme button in step afterwards.
 */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
