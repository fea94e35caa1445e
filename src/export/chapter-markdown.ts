/**
 * A chapter as Markdown (its `.md` twin, llms-full.txt), made from the same MDX syntax tree the
 * HTML page is rendered from: the tree is rewritten into plain mdast (every <Fact> resolved to
 * its registry value, every <Cite> a numbered link, example code blocks filled with their file
 * and "Tested with" line, data components as tables and lists) and printed by
 * mdast-util-to-markdown with GFM tables. Pure: what the tree refers to comes in through
 * `MarkdownResolvers`, so any pass that parses a chapter can feed it.
 */
import type {
  Code,
  Definition,
  Heading,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
  Text,
} from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';

/** One citation number and where it leads (the source's entry on /sources/, absolute). */
export interface CitationLink {
  number: number;
  /** The source's id: the reference label, the same in every chapter (so llms-full.txt has no clashes). */
  id: string;
  href: string;
}

/** What the tree refers to, resolved by the caller (from the registry, the collections, the build). */
export interface MarkdownResolvers {
  /** The text <Fact id show> shows on the page. */
  fact: (id: string, show: string | undefined) => string;
  /** The numbers of the page's source list for <Cite s>'s ids, in the order given. */
  cite: (ids: readonly string[]) => CitationLink[];
  /** An absolute URL for a link as written in content (a site path gets the site and base). */
  link: (url: string) => string;
  /** A block's file label (name, note, "Tested with" line) and code, for ```lang example="…"```. */
  example: (meta: string) => { label: string; code: string } | undefined;
  /** Markdown nodes for a data component (<ComparisonTable>, <FaqList> …); undefined if unknown. */
  component: (name: string, attributes: Readonly<Record<string, string>>) => RootContent[] | undefined;
}

/** The MDX nodes this module reads; the rest of the tree is plain mdast. */
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Nodes[];
}
type AnyNode = Nodes | JsxNode | { type: 'mdxjsEsm' | 'mdxFlowExpression' | 'mdxTextExpression' };

// As src/guide/Aside.astro labels its kinds.
const ASIDE_LABELS: Readonly<Record<string, string>> = { note: 'Note', tip: 'Tip', caution: 'Caution', disagree: 'Sources disagree' };
const SLOT_LABELS: Readonly<Record<string, string>> = { django: 'Django', flask: 'Flask' };

export const text = (value: string): Text => ({ type: 'text', value });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const link = (url: string, value: string): Link => ({ type: 'link', url, title: null, children: [text(value)] });
export const heading = (depth: 1 | 2 | 3 | 4, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
export const list = (items: readonly PhrasingContent[][], ordered = false): List => ({
  type: 'list',
  ordered,
  spread: false,
  start: ordered ? 1 : null,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});
/** A GFM table; the first row is the header. */
export const table = (rows: readonly PhrasingContent[][][]): Table => ({
  type: 'table',
  align: rows[0]?.map(() => null) ?? [],
  children: rows.map((cells): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) })),
});

/**
 * Citation markers as numbered reference links, " [1][django-docs] [3][flask-docs]", sorted as
 * the HTML marker sorts them. The label is the source id, the same in every chapter, so
 * llms-full.txt can hold all chapters without two definitions of one label disagreeing;
 * `chapterDocument` defines each (`[django-docs]: <its entry on /sources/>`) at the end.
 */
export function citationNodes(links: readonly CitationLink[]): PhrasingContent[] {
  const unique = [...new Map(links.map((cited) => [cited.id, cited])).values()].sort((a, b) => a.number - b.number);
  return unique.flatMap(({ number, id }) => [
    text(' '),
    { type: 'linkReference', identifier: id, label: id, referenceType: 'full', children: [text(String(number))] },
  ]);
}

/** Joins neighbouring text nodes and collapses the spaces markers leave (" \n " → "\n"). */
function tidyText(children: Nodes[]): Nodes[] {
  const result: Nodes[] = [];
  for (const child of children) {
    const last = result.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else result.push(child.type === 'text' ? { ...child } : child);
  }
  for (const node of result) if (node.type === 'text') node.value = node.value.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/ {2,}/g, ' ');
  return result;
}

function attributesOf(node: JsxNode): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name)
      result[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  }
  return result;
}

/** Rewrites one node into plain mdast nodes (none, one or several). */
function rewrite(node: AnyNode, resolve: MarkdownResolvers, where: string): Nodes[] {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return []; // comments and imports: nothing a reader sees
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return rewriteJsx(node as JsxNode, resolve, where);
    case 'code':
      return rewriteCode(node, resolve);
    case 'link':
    case 'image':
    case 'definition':
      return [
        {
          ...node,
          url: resolve.link(node.url),
          ...('children' in node ? { children: rewriteAll(node.children, resolve, where) } : {}),
        } as Nodes,
      ];
    default:
      return 'children' in node
        ? [{ ...node, children: tidyText(rewriteAll(node.children as AnyNode[], resolve, where)) } as Nodes]
        : [node];
  }
}

function rewriteAll<T extends Nodes>(nodes: readonly AnyNode[], resolve: MarkdownResolvers, where: string): T[] {
  return nodes.flatMap((child) => rewrite(child, resolve, where)) as T[];
}

function rewriteCode(node: Code, resolve: MarkdownResolvers): Nodes[] {
  const example = node.meta ? resolve.example(node.meta) : undefined;
  if (!example) return [{ type: 'code', lang: node.lang ?? null, meta: null, value: node.value }];
  return [paragraph(text(example.label)), { type: 'code', lang: node.lang ?? null, meta: null, value: example.code }];
}

function rewriteJsx(node: JsxNode, resolve: MarkdownResolvers, where: string): Nodes[] {
  const attributes = attributesOf(node);
  const children = () => rewriteAll(node.children as AnyNode[], resolve, where);
  switch (node.name) {
    case 'Fact':
      return [text(resolve.fact(attributes['id'] ?? '', attributes['show']))];
    case 'Cite':
      return citationNodes(resolve.cite((attributes['s'] ?? '').split(/[\s,]+/).filter(Boolean)));
    case 'Aside': {
      const label = ASIDE_LABELS[attributes['kind'] ?? 'note'] ?? 'Note';
      const title = attributes['title'] ? `${label}: ${attributes['title']}` : label;
      return [{ type: 'blockquote', children: [paragraph(strong(title)), ...(children() as RootContent[] as never[])] }];
    }
    case 'CodePair':
      return [paragraph(strong(attributes['title'] ?? '')), ...children()];
    case 'div': {
      // CodePair's slots say which framework their code is for.
      const slot = SLOT_LABELS[attributes['slot'] ?? ''];
      return slot ? [paragraph(text(`${slot}:`)), ...children()] : children();
    }
    case 'details':
      // A collapsed block on the page; in Markdown its summary heads what it holds, all shown.
      return children();
    case 'summary': {
      const inline = children();
      const phrasing = inline.length === 1 && inline[0]?.type === 'paragraph' ? inline[0].children : (inline as PhrasingContent[]);
      return [paragraph({ type: 'strong', children: phrasing })];
    }
    case 'a':
      return [{ type: 'link', url: resolve.link(attributes['href'] ?? ''), title: null, children: children() as PhrasingContent[] }];
    default: {
      const nodes = node.name ? resolve.component(node.name, attributes) : undefined;
      // Worded as the HTML page's render error, which the Markdown twin may meet first: an unknown
      // component is named the same way whichever page is written first.
      if (!nodes)
        throw new Error(
          `${where}: (while rendering): Expected component \`${node.name ?? 'fragment'}\` to be defined, with a Markdown form in src/export/markdown-twins.ts`,
        );
      return nodes;
    }
  }
}

/** The tree with every MDX node replaced by plain mdast; `where` names the chapter in errors. */
export function toPlainMdast(tree: Root, resolve: MarkdownResolvers, where: string): Root {
  return { type: 'root', children: rewriteAll(tree.children as AnyNode[], resolve, where) };
}

/** Markdown text of a plain mdast tree (GFM tables; `-` bullets, fenced code, `*` emphasis). */
export function stringifyMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    fences: true,
    emphasis: '*',
    rule: '-',
  });
}

/** A numbered source of the page, as its source list shows it. */
export interface ListedSource {
  number: number;
  id: string;
  publisher: string;
  title: string;
  date: string;
  href: string;
}

export interface ChapterDocument {
  title: string;
  description: string;
  /** The HTML page's absolute URL. */
  url: string;
  /** "6 December 2026". */
  updated: string;
  body: Root;
  sources: readonly ListedSource[];
}

/** The whole `.md` twin: title, summary, where the page lives, the text, its numbered sources. */
export function chapterDocument({ title, description, url, updated, body, sources }: ChapterDocument): string {
  const root: Root = {
    type: 'root',
    children: [
      heading(1, title),
      { type: 'blockquote', children: [paragraph(text(description))] },
      paragraph(text('Web page: '), link(url, url), text(`. Last updated ${updated}.`)),
      ...body.children,
      ...(sources.length > 0
        ? [
            heading(2, 'Sources for this chapter'),
            list(
              sources.map(({ publisher, title: name, date, href }) => [strong(publisher), text(', '), link(href, name), text(`, ${date}`)]),
              true,
            ),
            ...sources.map(({ id, href }): Definition => ({
              type: 'definition',
              identifier: id,
              label: id,
              url: href,
              title: null,
            })),
          ]
        : []),
    ],
  };
  return stringifyMarkdown(root);
}
