/**
 * The home page in one round trip (issue 33): what its first render waits for (the HTML and every
 * stylesheet in <head>) must fit in about 14 KB gzipped. A page that marks an element with
 * `data-critical-css-end` gets, instead of its <head> stylesheets, one inline <style> with the
 * rules that can apply to what comes before that element, and one stylesheet with all the other
 * rules, linked just before the element. Browsers paint what comes before a stylesheet in <body>
 * without waiting for it, and hold back what comes after it until it has loaded, so nothing is
 * ever shown unstyled and nothing above the mark changes when the rest arrives. The two parts
 * hold each rule once, so the first visit is no heavier.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import postcss, { type AtRule, type ChildNode, type Container, type Root, type Rule } from 'postcss';
import { inlineScriptHash } from './inline-script-hash.ts';
import type { BuildStep } from '../site/written-pages.ts';

/** The attribute that marks the first element whose styles may arrive after the first render. */
export const CRITICAL_CSS_END = 'data-critical-css-end';
const MARK = / data-critical-css-end(?:="[^"]*")?/;

/**
 * What a selector is reduced to before it is matched against the built page: pseudo-elements and
 * the states a reader or a script brings about (hover, focus, an open popover or menu, a chosen
 * theme: attribute selectors, since scripts set attributes such as data-theme) match nothing in
 * the HTML as written, but may match once the page is shown.
 */
const RUNTIME_PARTS =
  /::?(?:before|after|marker|placeholder|backdrop|selection|first-letter|first-line|file-selector-button|details-content|-webkit-[\w-]+|-moz-[\w-]+)|:(?:hover|focus|focus-visible|focus-within|active|visited|link|any-link|target|popover-open|open|checked|defined|modal|fullscreen|autofill|placeholder-shown|disabled|enabled|user-invalid|user-valid)\b|\[[^\]]*\]/g;

/** The selector without its :not(...) parts: it then matches more elements, never fewer. */
function withoutNegations(selector: string): string {
  let result = '';
  for (let index = 0; index < selector.length; index += 1) {
    if (!selector.startsWith(':not(', index)) {
      result += selector[index];
      continue;
    }
    let depth = 0;
    for (index += 4; index < selector.length; index += 1) {
      if (selector[index] === '(') depth += 1;
      else if (selector[index] === ')' && --depth === 0) break;
    }
  }
  return result;
}

/**
 * Whether a rule with this selector may style an element of `above` when the page is first shown:
 * a selector the matcher cannot read counts as a match, so the split errs towards inlining.
 */
function mayMatch(root: HTMLElement, above: ReadonlySet<HTMLElement>, selector: string): boolean {
  // A hover style can wait for the rest of the rules: it shows nothing until the pointer moves.
  if (/:hover\b/.test(selector)) return false;
  // A compound left empty beside a combinator (`.a > :hover`) matches any element.
  const reduced = withoutNegations(selector)
    .replace(RUNTIME_PARTS, '')
    .replace(/([>+~])\s*(?=$|[>+~,])/g, '$1 *')
    // The matcher does not know :root, the document's <html>.
    .replace(/:root\b/g, 'html')
    // What stripping left empty: `:where([class~=lead])` matches what `*` would.
    .replace(/:(?:where|is)\(\s*\)/g, '')
    .trim();
  if (!reduced || /^[>+~]/.test(reduced)) return true;
  try {
    return root.querySelectorAll(reduced).some((element) => above.has(element));
  } catch {
    return true;
  }
}

/** Inside @media print or the print layer: used only once the page has loaded and is printed. */
function forPrint(node: ChildNode): boolean {
  for (let parent: ChildNode['parent'] | Container['parent'] = node.parent; parent && parent.type !== 'root'; parent = parent.parent) {
    const atRule = parent as AtRule;
    if (atRule.type !== 'atrule') continue;
    if (atRule.name === 'media' && atRule.params.trim() === 'print') return true;
    if (atRule.name === 'layer' && atRule.params.trim() === 'print') return true;
  }
  return false;
}

/** The names an @property, @keyframes or @font-face rule defines, as other rules refer to them. */
function definedName(atRule: AtRule): string | undefined {
  if (atRule.name === 'property' || /keyframes$/.test(atRule.name)) return atRule.params.trim();
  if (atRule.name === 'font-face') {
    let family: string | undefined;
    atRule.walkDecls('font-family', (decl) => void (family = decl.value.replace(/['"]/g, '')));
    return family;
  }
  return undefined;
}

/** Removes the rules and at-rules (@layer, @media, @supports) a split has left empty. */
function pruneEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'rule' && node.type !== 'atrule') return;
    if (!node.nodes) return;
    pruneEmpty(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/** The rule's selectors with those of the rules it is nested in (`&` stands for the parent). */
function effectiveSelectors(rule: Rule): string[] {
  let parent = rule.parent;
  while (parent && parent.type !== 'rule' && parent.type !== 'root') parent = parent.parent;
  if (!parent || parent.type !== 'rule') return rule.selectors;
  const outer = `:is(${effectiveSelectors(parent as Rule).join(', ')})`;
  return rule.selectors.map((selector) => (selector.includes('&') ? selector.replaceAll('&', outer) : `${outer} ${selector}`));
}

/** The declarations that belong to the rule itself: its own, and those of at-rules nested in it, not of nested rules. */
function ownDeclarations(container: Container): ChildNode[] {
  return (container.nodes ?? []).flatMap((node) =>
    node.type === 'decl' ? [node] : node.type === 'atrule' && node.nodes ? ownDeclarations(node) : [],
  );
}

/**
 * Splits a stylesheet into the rules that may style an element of `above` (`critical`) and all the
 * others (`rest`), each declaration in one part only, each part in the stylesheet's order and
 * inside the same @layer, @media and @supports blocks and nesting. Statements (`@layer a, b;`)
 * go in both. An @property, @keyframes or @font-face goes with the critical part when one of its
 * rules names it. A rule of custom properties only (Tailwind's theme tokens) is split by property:
 * the critical part keeps those a critical rule reads.
 */
export function splitCss(css: string, root: HTMLElement, above: ReadonlySet<HTMLElement>): { critical: string; rest: string } {
  return splitSheets([css], root, above)[0]!;
}

/** splitCss for several stylesheets applied in this order: a token one defines and another's critical rule reads stays critical. */
export function splitSheets(
  sheets: readonly string[],
  root: HTMLElement,
  above: ReadonlySet<HTMLElement>,
): { critical: string; rest: string }[] {
  const criticals = sheets.map((css) => postcss.parse(css));
  const rests = sheets.map((css) => postcss.parse(css));
  // The same walk over two copies of the sheet: the nth node of one is the nth of the other.
  const collect = (sheet: Root) => {
    const nodes: (Rule | AtRule)[] = [];
    sheet.walk((node) => {
      if (node.type === 'rule' && !(node.parent?.type === 'atrule' && /keyframes$/.test((node.parent as AtRule).name))) nodes.push(node);
      else if (node.type === 'atrule' && definedName(node) !== undefined) nodes.push(node);
    });
    return nodes;
  };
  const criticalNodes = criticals.flatMap(collect);
  const restNodes = rests.flatMap(collect);
  const definitions: number[] = [];
  const tokenRules: number[] = [];
  criticalNodes.forEach((node, index) => {
    if (node.type === 'atrule') return void definitions.push(index);
    const inCritical = !forPrint(node) && effectiveSelectors(node).some((selector) => mayMatch(root, above, selector));
    const declarations = ownDeclarations(node);
    if (inCritical && declarations.length > 0 && declarations.every((child) => child.type === 'decl' && child.prop.startsWith('--'))) {
      tokenRules.push(index);
      return;
    }
    for (const declaration of ownDeclarations((inCritical ? restNodes : criticalNodes)[index]!)) declaration.remove();
  });
  const criticalText = () => criticals.map((sheet) => sheet.toString()).join('\n');
  const readByRules = criticalText();
  for (const index of tokenRules) {
    const criticalDeclarations = ownDeclarations(criticalNodes[index]!);
    const restDeclarations = ownDeclarations(restNodes[index]!);
    criticalDeclarations.forEach((child, position) => {
      const used = child.type === 'decl' && readByRules.includes(`var(${child.prop}`);
      (used ? restDeclarations[position] : child)?.remove();
    });
  }
  // After the tokens: a token left out no longer keeps the @property that registers it.
  const readByTokensAndRules = criticalText();
  for (const index of definitions) {
    const definition = criticalNodes[index] as AtRule;
    const name = definedName(definition) ?? '';
    // A registered property matters where a rule reads it; an animation or a font where one names it.
    const reference = definition.name === 'property' ? `var(${name}` : name;
    const used = name !== '' && readByTokensAndRules.replace(definition.toString(), '').includes(reference);
    (used ? restNodes : criticalNodes)[index]?.remove();
  }
  return criticals.map((critical, index) => {
    const rest = rests[index]!;
    pruneEmpty(critical);
    pruneEmpty(rest);
    return { critical: critical.toString().trim(), rest: rest.toString().trim() };
  });
}

/**
 * The elements the first render shows: those before `end` in document order (its ancestors
 * included), not `end` or what it holds, nor what is hidden or a template. A script that reveals
 * an element runs after the stylesheet before `end` has loaded (a stylesheet holds back the
 * scripts after it), so the rules for what it reveals are there by then.
 */
function elementsBefore(root: HTMLElement, end: HTMLElement): Set<HTMLElement> {
  const above = new Set<HTMLElement>();
  const visit = (element: HTMLElement): boolean => {
    if (element === end) return true;
    if (element.hasAttribute('hidden') || element.tagName === 'TEMPLATE') return false;
    above.add(element);
    for (const child of element.children) if (visit(child)) return true;
    return false;
  };
  visit(root);
  return above;
}

/** A file the split writes: its href (under the base) and its text. */
export interface SplitFile {
  href: string;
  css: string;
}

export interface CriticalCssPlan {
  /** The marked page with its critical rules in one inline <style> and the rest linked before the mark. */
  html: string;
  /** The CSP source that allows that <style>. */
  styleHash: `sha256-${string}`;
  /** The files to write: each stylesheet's critical and other rules, named by their content. */
  files: SplitFile[];
  /**
   * Every other page links the two parts of each split stylesheet in its place, so the browser
   * that loaded the marked page has most of them cached, and the site still sends each rule once.
   */
  relink(html: string): string;
}

const HEAD = /<head>([\s\S]*?)<\/head>/;
const HEAD_STYLES = /<link rel="stylesheet" href="([^"]+)"(?![^>]*\bmedia=)[^>]*>|<style>([\s\S]*?)<\/style>/g;
const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]+)"[^>]*>/g;

/** The file a part of a stylesheet is written to, beside it: `Base.critical.<hash>.css`. */
function partFile(directory: string, source: string, part: 'critical' | 'rest', css: string): SplitFile {
  const stem = source.slice(source.lastIndexOf('/') + 1).split('.')[0] || 'page';
  return { href: `${directory}${stem}.${part}.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`, css };
}

/**
 * The plan for a page marked with `data-critical-css-end`, or undefined when it has none. Each
 * stylesheet and inline style of its <head> is split (in their order, as the browser applies
 * them); `readStylesheet` reads a linked one by its href.
 */
export function planCriticalCss(html: string, readStylesheet: (href: string) => string): CriticalCssPlan | undefined {
  const mark = MARK.exec(html);
  if (!mark) return undefined;
  const head = HEAD.exec(html);
  if (!head) throw new Error(`${CRITICAL_CSS_END}: the page has no <head>`);
  const sources = [...head[1]!.matchAll(HEAD_STYLES)].map(([, href, inline]) => ({
    href,
    css: href ? readStylesheet(href) : (inline ?? ''),
  }));
  const directory = sources.find(({ href }) => href)?.href?.replace(/[^/]*$/, '');
  if (!directory) throw new Error(`${CRITICAL_CSS_END}: the page links no stylesheet in <head> to put the rest of its rules beside`);
  const root = parse(html);
  const end = root.querySelector(`[${CRITICAL_CSS_END}]`);
  if (!end) throw new Error(`${CRITICAL_CSS_END}: no element carries the attribute`);
  const parts = splitSheets(
    sources.map(({ css }) => css),
    root,
    elementsBefore(root, end),
  );
  const critical = parts.map((part) => part.critical).join('\n');
  const files: SplitFile[] = [];
  const relinked = new Map<string, string[]>();
  const restHrefs: string[] = [];
  sources.forEach(({ href }, index) => {
    const part = parts[index]!;
    if (!href || !part.rest) return;
    // A stylesheet with nothing critical stays as it is, linked before the mark.
    if (!part.critical) return void restHrefs.push(href);
    const criticalFile = partFile(directory, href, 'critical', part.critical);
    const restFile = partFile(directory, href, 'rest', part.rest);
    files.push(criticalFile, restFile);
    restHrefs.push(restFile.href);
    relinked.set(href, [criticalFile.href, restFile.href]);
  });
  // The rest of the page's own inline styles, in one file after the rest of its stylesheets.
  const inlineRest = parts.filter((_part, index) => !sources[index]!.href && parts[index]!.rest).map((part) => part.rest);
  if (inlineRest.length > 0) {
    const file = partFile(directory, 'page', 'rest', inlineRest.join('\n'));
    files.push(file);
    restHrefs.push(file.href);
  }
  let first = true;
  const newHead = head[0].replace(HEAD_STYLES, () => {
    if (!first) return '';
    first = false;
    return `<style>${critical}</style>`;
  });
  const links = restHrefs.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const tagStart = html.lastIndexOf('<', mark.index);
  const marked = html.slice(0, tagStart) + links + html.slice(tagStart, mark.index) + html.slice(mark.index + mark[0].length);
  return {
    html: marked.replace(head[0], () => newHead),
    styleHash: inlineScriptHash(critical),
    files,
    relink: (page) =>
      page.replace(
        STYLESHEET_LINK,
        (link, href: string) =>
          relinked
            .get(href)
            ?.map((part) => `<link rel="stylesheet" href="${part}">`)
            .join('') ?? link,
      ),
  };
}

/** The page's <meta> policy with `hash` added to its style-src (the later CSP steps keep it and merge it into the header). */
export function allowStyleHash(html: string, hash: string): string {
  const allowed = html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src [^;"]*)/i, `$1 '${hash}'`);
  if (allowed === html)
    throw new Error(`${CRITICAL_CSS_END}: the page has no <meta> Content-Security-Policy with a style-src to allow its inline styles`);
  return allowed;
}

/**
 * The build step: when the home page carries the mark, splits its styles before the walk and
 * writes the parts beside the site's stylesheets; then rewrites the home page (allowing its
 * inline part in its policy) and relinks every other page. Runs before the CSP steps
 * (build-steps.ts), which keep only the hashes a page uses.
 */
export function criticalCss(): BuildStep {
  let plan: CriticalCssPlan | undefined;
  return {
    name: 'critical-css',
    start: async ({ outDir, base }) => {
      const underBase = (href: string) => join(outDir, href.slice(base.length - 1));
      plan = planCriticalCss(readFileSync(join(outDir, 'index.html'), 'utf8'), (href) => readFileSync(underBase(href), 'utf8'));
      for (const file of plan?.files ?? []) {
        await mkdir(dirname(underBase(file.href)), { recursive: true });
        await writeFile(underBase(file.href), file.css);
      }
    },
    page: async (page, { outDir }) => {
      if (!plan) return;
      const html = page.file === 'index.html' ? allowStyleHash(plan.html, plan.styleHash) : plan.relink(page.html);
      if (html === page.html) return;
      page.html = html;
      await writeFile(join(outDir, page.file), html);
    },
  };
}
