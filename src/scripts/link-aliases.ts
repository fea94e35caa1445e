/**
 * Keeps old links working in the browser (content/aliases.yaml, resolved at build time):
 * - <fragment-aliases data-aliases='{"old-id":"new-id"}'>: when the address names a fragment this
 *   page no longer has and an alias exists, swaps in the new fragment, which scrolls to it and
 *   makes it :target (location.replace, so Back does not return to the dead fragment);
 * - <moved-page>, around the link to a page's new home: goes there, keeping the #fragment, before
 *   the page's meta refresh (which would drop it) fires.
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
  private aliases = new Map<string, string>();
  private readonly follow = (): void => {
    const fragment = currentFragment();
    if (!fragment || document.getElementById(fragment)) return;
    const target = this.aliases.get(fragment);
    if (target && document.getElementById(target)) window.location.replace(`#${encodeURIComponent(target)}`);
  };

  connectedCallback(): void {
    this.aliases = parseAliases(this.dataset.aliases);
    this.follow();
    window.addEventListener('hashchange', this.follow);
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.follow);
  }
}

/** The data-aliases JSON as a map of strings; anything else is ignored. */
function parseAliases(json: string | undefined): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** A fragment safe to carry over: letters, digits, "-", "_", "." and percent-escapes only. */
const CARRIED_FRAGMENT = /^#[\w.%-]+$/;

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

if (!customElements.get('fragment-aliases')) customElements.define('fragment-aliases', FragmentAliases);
if (!customElements.get('moved-page')) customElements.define('moved-page', MovedPage);
