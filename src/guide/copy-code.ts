import { announce } from '../site/announce';

const RESET_AFTER_MS = 2000;

/**
 * <copy-code> makes the "Copy" buttons that the build puts above its code blocks
 * (src/guide/copy-code-buttons.ts) work: one listener for all of them. A button copies its
 * block's code, says "Copied" for a moment and announces it; if the clipboard is unavailable
 * it selects the code instead, so the reader can copy it by hand.
 */
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button.code-copy') : null;
      const code = button?.closest('.code-block')?.querySelector('pre');
      if (button instanceof HTMLButtonElement && code) void copy(code.querySelector('code') ?? code, button);
    });
  }
}

async function copy(code: HTMLElement, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
  } catch {
    window.getSelection()?.selectAllChildren(code);
    announce('Copy failed; the code is selected');
    return;
  }
  button.textContent = 'Copied';
  announce('Code copied');
  window.setTimeout(() => {
    button.textContent = 'Copy';
  }, RESET_AFTER_MS);
}

if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);
