// Applies the reader's saved theme before first paint. Inlined in <head> by Base.astro; its
// SHA-256 is added to the CSP in astro.config.mjs, so keep this file byte-for-byte in sync.
try {
  var theme = localStorage.getItem('dvf:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage blocked (privacy mode): follow the OS preference.
}
