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
