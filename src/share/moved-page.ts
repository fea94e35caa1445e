/** A fragment safe to carry over: letters, digits, "-", "_", "." and percent-escapes only. */
const CARRIED_FRAGMENT = /^#[\w.%-]+$/;

/**
 * <moved-page>, around the link to a moved page's new home (content/aliases.yaml): goes there at
 * once, keeping the #fragment, before the page's meta refresh (which would drop it) fires.
 * The fragment in the address is untrusted: it is carried over only if it matches CARRIED_FRAGMENT.
 */
class MovedPage extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    const target = new URL(link.href);
    if (target.origin !== window.location.origin) return;
    if (CARRIED_FRAGMENT.test(window.location.hash)) target.hash = window.location.hash;
    window.location.replace(target.href);
  }
}

if (!customElements.get('moved-page')) customElements.define('moved-page', MovedPage);
