/**
 * Trims Pagefind's Component UI bundle (@pagefind/component-ui, npm_dist/mjs) to the English
 * interface strings. The bundle inlines all 44 of its translations, about a third of its
 * gzipped size, and the site is in English only. Pure string surgery on the package's layout:
 * if that layout changes, this throws and the build stops, rather than shipping a broken UI.
 */
const BLOCK = '// ../translations/';
const GLOB = '// import-glob:../../translations/*.json\n';

/** What an upgrade of @pagefind/component-ui that breaks the trim should lead to. */
const RECHECK = 'the installed @pagefind/component-ui changed its bundle layout: revisit src/build/component-ui-trim.ts';

export function englishOnlyComponentUi(code: string): string {
  const start = code.indexOf(BLOCK);
  const end = code.indexOf(GLOB);
  if (start === -1 || end === -1 || end < start) throw new Error(`Component UI: translation blocks not found (${RECHECK})`);
  const english = code
    .slice(start, end)
    .split(BLOCK)
    .find((block) => block.startsWith('en.json\n'));
  if (!english) throw new Error(`Component UI: English translation block not found (${RECHECK})`);

  const rest = code.slice(end + GLOB.length);
  const modules = /^var modules = \[[^\]]*\];\n/m;
  const filenames = /^var filenames = \[[^\]]*\];\n/m;
  if (!modules.test(rest) || !filenames.test(rest)) throw new Error(`Component UI: translation list not found (${RECHECK})`);
  const trimmedRest = rest
    .replace(modules, 'var modules = [en_exports];\n')
    .replace(filenames, 'var filenames = ["../../translations/en.json"];\n');
  return `${code.slice(0, start)}${BLOCK}${english}${GLOB}${trimmedRest}`;
}

/**
 * The Component UI elements the site does not use: its own button opens the modal
 * (src/search/SiteSearch.astro), and the filters show as a pane, never as dropdowns or a
 * searchbox. Each is defined on import whether used or not; together about 9 KB gzipped of the
 * first search.
 */
export const UNUSED_COMPONENTS = ['pagefind-searchbox', 'pagefind-filter-dropdown', 'pagefind-modal-trigger'] as const;

/** `pagefind-filter-dropdown` → `PagefindFilterDropdown`, the bundle's class name for the element. */
function className(element: string): string {
  return element.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Drops the given elements from the bundle: each one's source block (from its
 * `// components/<name>.ts` marker to the next module marker) and its name in the bundle's
 * export lists, so the bundler leaves out what only they used. Throws, naming the element, if a
 * block or export is not where the package's layout puts it.
 */
export function withoutComponents(code: string, elements: readonly string[]): string {
  let trimmed = code;
  for (const element of elements) {
    const marker = `// components/${element}.ts\n`;
    const start = trimmed.indexOf(marker);
    const end = start === -1 ? -1 : trimmed.indexOf('\n// ', start + marker.length);
    if (start === -1 || end === -1) throw new Error(`Component UI: the block of <${element}> not found`);
    const block = trimmed.slice(start, end + 1);
    if (!block.includes(`customElements.define("${element}"`)) throw new Error(`Component UI: <${element}> is not defined in its block`);
    const name = className(element);
    const exportEntry = new RegExp(`^  ${name}: \\(\\) => ${name},?\\n`, 'm');
    const exportName = new RegExp(`^  ${name},?\\n`, 'm');
    const rest = trimmed.slice(0, start) + trimmed.slice(end + 1);
    if (!exportEntry.test(rest) || !exportName.test(rest)) throw new Error(`Component UI: the exports of ${name} not found`);
    trimmed = rest.replace(exportEntry, '').replace(exportName, '');
  }
  return trimmed;
}
