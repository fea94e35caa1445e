/**
 * Reads a chapter's MDX source the way the site's Markdown processor does (Sätteri's mdast,
 * with heading attributes) and lists what the content checks need: its front matter, every
 * link in every form Markdown and JSX allow (inline, titled, reference-style definitions,
 * images, `href`/`src` attributes, literal `href={'…'}` expressions) and every <Cite>, each with
 * its line. Pure; a file that does not parse is left to the MDX compiler, which names it.
 */
import { parse as parseYaml } from 'yaml';
import { mdxToMdast } from 'satteri';
import type { ContentProblem } from './content-errors.ts';
import { splitSourceIds } from './citations.ts';

export interface ContentLink {
  line: number;
  /** How the link is written, for the message: "link", "definition [gone]", "<a href>". */
  form: string;
  url: string;
}

export interface ChapterScan {
  /** The parsed front matter (YAML core schema: dates stay strings, so "2026-02-30" is seen as written). */
  frontMatter: unknown;
  links: ContentLink[];
  /** Source ids of every <Cite s="…">. */
  citedIds: string[];
  /** Every <Fact id="…"> with its line, checked against the facts registry (fact-checks.ts). */
  factRefs: { line: number; id: string }[];
  problems: ContentProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** JSX attributes that hold a link. */
const LINK_ATTRIBUTES = new Set(['href', 'src']);
/** A string literal in a JSX expression: '…', "…" or `…` without ${}. */
const STRING_LITERAL = /^\s*(?:'([^'\\]*)'|"([^"\\]*)"|`([^`$\\]*)`)\s*$/;

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  label?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

export function scanChapter(file: string, text: string): ChapterScan {
  const match = FRONT_MATTER.exec(text);
  const problems: ContentProblem[] = [];
  let frontMatter: unknown = undefined;
  if (match) {
    try {
      frontMatter = parseYaml(match[1] ?? '');
    } catch (error) {
      problems.push({ file, field: 'front matter', message: `invalid YAML: ${(error as Error).message}` });
    }
  } else {
    problems.push({ file, line: 1, field: 'front matter', message: 'expected the file to start with a "---" front matter block' });
  }
  const body = match ? text.slice(match[0].length) : text;
  const lineOffset = match ? match[0].split('\n').length - 1 : 0;

  let tree: MdNode;
  try {
    tree = mdxToMdast(body, { features: { headingAttributes: true }, position: true }) as MdNode;
  } catch {
    // The MDX compiler reports syntax errors itself, with the file and position.
    return { frontMatter, links: [], citedIds: [], factRefs: [], problems };
  }

  const links: ContentLink[] = [];
  const citedIds: string[] = [];
  const factRefs: { line: number; id: string }[] = [];
  const visit = (node: MdNode) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if ((node.type === 'link' || node.type === 'image') && node.url !== undefined) {
      links.push({ line, form: node.type, url: node.url });
    } else if (node.type === 'definition' && node.url !== undefined) {
      links.push({ line, form: `definition [${node.label ?? ''}]`, url: node.url });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const where = `<${node.name} ${attribute.name}>`;
        const value = literalValue(attribute.value);
        if (node.name === 'Cite' && attribute.name === 's') {
          if (value === undefined) continue;
          const ids = splitSourceIds(value);
          if (ids.length === 0)
            problems.push({ file, line, field: `<Cite s="${value}">`, message: 'a citation needs at least one source id' });
          citedIds.push(...ids);
        } else if (node.name === 'Fact' && attribute.name === 'id') {
          factRefs.push({ line, id: value ?? '' });
        } else if (LINK_ATTRIBUTES.has(attribute.name)) {
          if (value === undefined) {
            problems.push({ file, line, field: where, message: 'a computed link cannot be checked; write the address as a string' });
          } else {
            links.push({ line, form: where, url: value });
          }
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { frontMatter, links, citedIds, factRefs, problems };
}

/** The string an attribute holds: a plain value or a string-literal expression; undefined otherwise. */
function literalValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return undefined;
  const expression = (value as { value?: unknown }).value;
  if (typeof expression !== 'string') return undefined;
  const literal = STRING_LITERAL.exec(expression);
  return literal ? (literal[1] ?? literal[2] ?? literal[3] ?? '') : undefined;
}
