/**
 * <menu-dismiss> makes the <details> menus inside it behave like menus: Escape closes the open
 * one and returns focus to its button, a tap or click outside closes it, and following a link
 * inside it (an "On this page" jump, say) closes it too. Without JavaScript they stay plain
 * <details>, opened and closed by their summary.
 */
class MenuDismiss extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('keydown', (event) => {
      const menu = (event.target as Element).closest('details[open]');
      if (event.key !== 'Escape' || !menu) return;
      (menu as HTMLDetailsElement).open = false;
      menu.querySelector('summary')?.focus();
    });
    // One listener for both: a click outside an open menu, or on a link inside it, closes it.
    document.addEventListener('click', (event) => {
      const target = event.target as Element;
      for (const menu of this.querySelectorAll('details[open]')) {
        if (!menu.contains(target) || target.closest('a')) (menu as HTMLDetailsElement).open = false;
      }
    });
  }
}

if (!customElements.get('menu-dismiss')) customElements.define('menu-dismiss', MenuDismiss);
