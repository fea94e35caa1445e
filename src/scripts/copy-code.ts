import { announce } from './announce';

const RESET_AFTER_MS = 2000;

/**
 * <copy-code> puts a "Copy" button above every <pre> it contains. The button copies the code's
 * text, says "Copied" for a moment and announces it; if the clipboard is unavailable it selects
 * the code instead, so the reader can copy it by hand.
 */
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    for (const pre of this.querySelectorAll('pre')) {
      if (pre.parentElement?.classList.contains('code-block')) continue;
      const block = document.createElement('div');
      block.className = 'code-block';
      const bar = document.createElement('div');
      bar.className = 'code-block-bar';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-copy';
      button.textContent = 'Copy';
      button.addEventListener('click', () => void copy(pre, button));
      bar.append(button);
      pre.before(block);
      block.append(bar, pre);
    }
  }
}

async function copy(pre: HTMLPreElement, button: HTMLButtonElement): Promise<void> {
  const code = pre.querySelector('code') ?? pre;
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
