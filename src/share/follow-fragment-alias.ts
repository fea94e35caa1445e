import { fragmentAliasesFromJson } from './aliases';

/**
 * Sends a reader who arrived with an old #fragment to its new place: swapping in the new
 * fragment scrolls to it and makes it :target, and location.replace keeps Back from returning
 * to the dead fragment. `aliasesJson` is the page's data-aliases attribute.
 */
export function followFragmentAlias(fragment: string, aliasesJson: string | undefined): void {
  const target = fragmentAliasesFromJson(aliasesJson).get(fragment);
  if (target && document.getElementById(target)) window.location.replace(`#${encodeURIComponent(target)}`);
}
