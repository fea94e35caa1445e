/**
 * <menu-dismiss> makes the <details> menus inside it behave like menus: Escape closes the open
 * one and returns focus to its button, a tap or click outside closes it, and following a link
 * inside it (an "On this page" jump, say) closes it too. Without JavaScript they stay plain
 * <details>, opened and closed by their summary.
 */
class MenuDismiss extends HTMLElement {
  connectedCallback(): void {
    const openMenus = () => [...this.querySelectorAll<HTMLDetailsElement>('details[open]')];
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const menu = (event.target as Element).closest<HTMLDetailsElement>('details[open]');
      if (!menu) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    });
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) for (const menu of openMenus()) menu.open = false;
    });
    document.addEventListener('click', (event) => {
      for (const menu of openMenus()) if (!menu.contains(event.target as Node)) menu.open = false;
    });
  }
}

if (!customElements.get('menu-dismiss')) customElements.define('menu-dismiss', MenuDismiss);
