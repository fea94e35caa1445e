/**
 * <fragment-aliases data-aliases='{"old-id":"new-id"}'> keeps old links to this page working
 * (content/aliases.yaml, resolved at build time). Only the check ships with the page: when the
 * address names a fragment the page lacks, which happens only through an old link, it fetches
 * follow-fragment-alias.ts to look the fragment up.
 * The fragment in the address is untrusted: it is only ever compared with known ids.
 */

/** The current fragment, decoded; '' when there is none or it is malformed. */
function currentFragment(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

class FragmentAliases extends HTMLElement {
  private readonly check = (): void => {
    const fragment = currentFragment();
    if (!fragment || document.getElementById(fragment)) return;
    void import('./follow-fragment-alias').then(({ followFragmentAlias }) => followFragmentAlias(fragment, this.dataset.aliases));
  };

  connectedCallback(): void {
    this.check();
    window.addEventListener('hashchange', this.check);
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.check);
  }
}

if (!customElements.get('fragment-aliases')) customElements.define('fragment-aliases', FragmentAliases);
