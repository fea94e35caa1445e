/** Speaks a short status message through the page's shared polite live region (see Base.astro). */
export function announce(message: string): void {
  const region = document.getElementById('live-announcer');
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
