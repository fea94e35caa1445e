/**
 * One reading of a chapter's Markdown tree (Sätteri's mdast, with heading attributes) that
 * every part of the build shares: its links in every form Markdown and JSX allow (inline,
 * titled, reference-style definitions, images, `href`/`src` attributes, literal `href={'…'}`
 * expressions), every JSX element with its literal attributes in reading order (<Cite>, <Fact>
 * and the data components that cite), the version numbers typed into its prose, and the
 * summary of each `##` section.
 *
 * One walk, made as the Markdown pipeline compiles each chapter (src/content/chapter-record.ts):
 * it lands in the entry's render metadata, which the page's citations and share cards read, and
 * reaches the content check (src/checks/content-gate.ts) before any page renders, so a build
 * parses each chapter once. scanChapter parses a file itself, for tests and `astro dev`. Pure; a
 * file that does not parse is left to the MDX compiler, which names it.
 */
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { mdxToMdast } from 'satteri';
import type { ContentProblem } from '../site/content-errors.ts';
import { splitSourceIds } from './citations.ts';
import { findTypedVersions, type TypedVersion } from './facts.ts';
import { sectionSummaries } from './sections.ts';

export interface ContentLink {
  line: number;
  /** How the link is written, for the message: "link", "definition [gone]", "<a href>". */
  form: string;
  url: string;
}

/** A JSX element of a chapter: `<Cite s="a b" />` is { name: "Cite", attributes: { s: "a b" } }. */
export interface ChapterElement {
  name: string;
  /** Its attributes whose values are written as strings (computed ones are left out). */
  attributes: Record<string, string>;
  line: number;
}

/**
 * A block of reader text, with its inline components where they stand: what sentence-level
 * checks read (measured claims, src/benchmark/bench-claims.ts; article mentions,
 * src/checks/article-mentions.ts) instead of patterns over the MDX.
 */
export interface ProseBlock {
  /** A paragraph (in a list item or a component too), a heading, or a table row (cells joined by " | "). */
  kind: 'paragraph' | 'heading' | 'tableRow';
  line: number;
  /** Text (soft line breaks kept, inline code in backticks) and inline JSX elements, in reading order. */
  parts: (string | ChapterElement)[];
}

/** What the build needs to know of a chapter's text, from one walk of its tree. */
export interface ChapterRecord {
  links: ContentLink[];
  /** Every JSX element in reading order. */
  elements: ChapterElement[];
  /** Patch-level version numbers typed into the prose (text only: not code, links or components). */
  typedVersions: TypedVersion[];
  /** The summary of each top-level `##` section, in order ('' for a section without one). */
  sectionSummaries: string[];
  /**
   * The reader-facing words of the chapter (text nodes: not code, link targets, components or
   * front matter), each on its line of the file, so checks over prose (typed counts and dates)
   * name the line without a second reading of the MDX.
   */
  prose: string;
  /** Its paragraphs, headings and table rows (not code, definitions or front matter), in order. */
  blocks: ProseBlock[];
  problems: ContentProblem[];
}

export interface ChapterScan extends ChapterRecord {
  /** The parsed front matter (YAML core schema: dates stay strings, so "2026-02-30" is seen as written). */
  frontMatter: unknown;
  /** Source ids of every <Cite s="…">. */
  citedIds: string[];
  /** Every <Fact id="…"> with its line, checked against the facts registry (fact-checks.ts). */
  factRefs: { line: number; id: string }[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** JSX attributes that hold a link. */
const LINK_ATTRIBUTES = new Set(['href', 'src']);
/** Components that render inline (<span>, <time>): as a block of their own they would split a sentence. */
const INLINE_COMPONENTS = new Set(['Fact', 'Cite']);
/** Tree nodes that hold a block of reader text (ProseBlock). */
const BLOCKS: Readonly<Record<string, ProseBlock['kind']>> = { paragraph: 'paragraph', heading: 'heading', tableRow: 'tableRow' };
/** A string literal in a JSX expression: '…', "…" or `…` without ${}. */
const STRING_LITERAL = /^\s*(?:'([^'\\]*)'|"([^"\\]*)"|`([^`$\\]*)`)\s*$/;

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  label?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

/**
 * Walks a chapter's tree once. `lineOffset` is the number of lines before the tree's first line
 * (the front matter, when the tree is of the body alone).
 */
export function recordChapterTree(file: string, tree: Root, lineOffset = 0): ChapterRecord {
  const links: ContentLink[] = [];
  const elements: ChapterElement[] = [];
  const typedVersions: TypedVersion[] = [];
  const proseLines: string[][] = [];
  const blocks: ProseBlock[] = [];
  const problems: ContentProblem[] = [];
  // The block whose text the walk is in, if any.
  let block: ProseBlock | undefined;
  const visit = (node: MdNode) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    const kind = BLOCKS[node.type];
    if (kind) {
      const outer = block;
      block = { kind, line, parts: [] };
      blocks.push(block);
      (node.children ?? []).forEach((child, index) => {
        if (kind === 'tableRow' && index > 0) block?.parts.push(' | ');
        visit(child);
      });
      block = outer;
      return;
    }
    if (node.type === 'inlineCode' && node.value !== undefined) block?.parts.push(`\`${node.value}\``);
    else if (node.type === 'break') block?.parts.push('\n');
    if ((node.type === 'link' || node.type === 'image') && node.url !== undefined) {
      links.push({ line, form: node.type, url: node.url });
    } else if (node.type === 'definition' && node.url !== undefined) {
      links.push({ line, form: `definition [${node.label ?? ''}]`, url: node.url });
    } else if (node.type === 'text' && node.value !== undefined) {
      // A text node's lines are the source's lines (soft breaks stay newlines).
      for (const found of findTypedVersions(node.value)) typedVersions.push({ line: line + found.line - 1, version: found.version });
      node.value.split('\n').forEach((part, index) => (proseLines[line + index - 1] ??= []).push(part));
      block?.parts.push(node.value);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const value = literalValue(attribute.value);
        if (value !== undefined) attributes[attribute.name] = value;
        if (node.name === 'Cite' && attribute.name === 's' && value !== undefined && splitSourceIds(value).length === 0) {
          problems.push({ file, line, field: `<Cite s="${value}">`, message: 'a citation needs at least one source id' });
        } else if (LINK_ATTRIBUTES.has(attribute.name)) {
          const where = `<${node.name} ${attribute.name}>`;
          if (value === undefined) {
            problems.push({ file, line, field: where, message: 'a computed link cannot be checked; write the address as a string' });
          } else {
            links.push({ line, form: where, url: value });
          }
        }
      }
      if (node.type === 'mdxJsxFlowElement' && INLINE_COMPONENTS.has(node.name)) {
        problems.push({
          file,
          line,
          field: `<${node.name}>`,
          message: `alone on its line, MDX makes it a block that ends the paragraph around it; put it on a line of the sentence it belongs to`,
        });
      }
      const element = { name: node.name, attributes, line };
      elements.push(element);
      block?.parts.push(element);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as MdNode);
  const prose = Array.from({ length: proseLines.length }, (_, index) => (proseLines[index] ?? []).join(' ')).join('\n');
  return { links, elements, typedVersions, sectionSummaries: sectionSummaries(tree), prose, blocks, problems };
}

/** A chapter's front matter as written, its body and how many lines come before the body. */
function splitFrontMatter(file: string, text: string): { frontMatter: unknown; body: string; lineOffset: number; problems: ContentProblem[] } {
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
  return { frontMatter, body, lineOffset, problems };
}

const EMPTY_RECORD: ChapterRecord = { links: [], elements: [], typedVersions: [], sectionSummaries: [], prose: '', blocks: [], problems: [] };

/**
 * What the checks need of a chapter: the record of its one walk (`record`: the build passes the
 * one the Markdown pipeline made as the chapter compiled, src/content/chapter-record.ts) and its
 * front matter, read from the file's text (YAML only: the body is not parsed again).
 */
export function chapterScan(file: string, text: string, record: ChapterRecord): ChapterScan {
  const front = splitFrontMatter(file, text);
  return {
    ...record,
    frontMatter: front.frontMatter,
    problems: [...front.problems, ...record.problems],
    citedIds: record.elements.flatMap(({ name, attributes }) =>
      name === 'Cite' && attributes['s'] ? splitSourceIds(attributes['s']) : [],
    ),
    factRefs: record.elements.flatMap(({ name, line, attributes }) =>
      name === 'Fact' && attributes['id'] !== undefined ? [{ line, id: attributes['id'] }] : [],
    ),
  };
}

/**
 * Reads a chapter's file: its front matter, then one walk of its body's tree. For the content
 * check's tests and `astro dev`; a build takes the record the Markdown pipeline made instead.
 */
export function scanChapter(file: string, text: string): ChapterScan {
  const { body, lineOffset } = splitFrontMatter(file, text);
  let tree: Root;
  try {
    // The features the site's Markdown pipeline uses (astro.config.mjs, Astro's smartypants default), so the record matches the build's.
    tree = mdxToMdast(body, { features: { headingAttributes: true, smartPunctuation: true }, position: true }) as Root;
  } catch {
    // The MDX compiler reports syntax errors itself, with the file and position.
    return chapterScan(file, text, EMPTY_RECORD);
  }
  return chapterScan(file, text, recordChapterTree(file, tree, lineOffset));
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
