/**
 * A chapter's Markdown twin (/guide/<id>.md, and each chapter of /llms-full.txt): parses the
 * chapter's MDX as the site's Markdown processor does (Sätteri's mdast) and hands the tree to the
 * pure renderer (src/export/chapter-markdown.ts) with resolvers over the same data the HTML page
 * uses: the facts registry, the page's numbered sources (page-sources.ts), the runnable
 * examples and the YAML collections.
 */
import { getCollection } from 'astro:content';
import type { Fact } from '../content/fact-schema';
import type { PhrasingContent, RootContent } from 'mdast';
import { renderChapter } from '../guide/chapter-sections';
import { guideLinkTargets } from '../guide/guide-link-targets';
import { sectionLinkText } from '../guide/section-link-text';
import { getBenchComparisons, getBenchmarks } from '../benchmark/benchmarks';
import { benchTable } from './bench-markdown';
import { benchSetup } from '../benchmark/bench-setup';
import { benchFigureText } from '../benchmark/bench-figure';
import { benchText, lookupComparison } from '../benchmark/bench-compare';
import { getComparisonRows } from '../guide/comparison-rows';
import { dataCollection, inFileOrder } from '../content/ordered';
import { chapterSourceIds, pageCitations, type PageCitations } from '../guide/page-sources';
import type { Chapter } from '../content/chapters';
import { exampleBlock } from '../examples/example-code';
import { getExampleFiles } from '../content/example-files';
import { articleNames, getClaims } from '../content/claim-topics';
import { ARTICLE_IDS, type ArticleId } from '../content/claim-schema';
import {
  articleCountPhrase,
  articlesWith,
  capitalise,
  claimById,
  selectClaims,
  STANCE_LABELS,
  VERDICT_LABELS,
  type CountStance,
} from '../content/claims';
import { faqAnchor, proConAnchor, rowAnchor, termAnchor } from '../site/anchors';
import { parseSourceIds } from '../content/citations';
import { categoryFilterSearch } from '../guide/category-filter';
import { CATEGORY_LABELS, EDGE_LABELS, isComparisonCategory, selectRows } from '../guide/comparison';
import { formatFact, type FactView } from '../content/facts';
import { chapterPath, formatDate, withBase } from '../site/site';
import { FRAMEWORK_NAMES, FRAMEWORKS, PRO_CON_KIND_LABELS, PRO_CON_KINDS } from '../site/vocabulary';
import {
  chapterDocument,
  citationNodes,
  heading,
  link,
  list,
  paragraph,
  strong,
  table,
  text,
  toPlainMdast,
  type MarkdownResolvers,
} from './chapter-markdown';

/** An absolute URL for a site path (base added) or a fragment of `page`; other URLs unchanged. */
function absolute(url: string, site: URL, page: string): string {
  if (url.startsWith('#')) return `${page}${url}`;
  if (url.startsWith('/')) return new URL(withBase(url), site).href;
  return url;
}

type ComponentRenderer = (attributes: Readonly<Record<string, string>>) => Promise<RootContent[]>;

/** Data components as Markdown, from the same collections their HTML is drawn from. */
function dataComponents(
  cite: (ids: readonly string[]) => PhrasingContent[],
  url: (path: string) => string,
): Record<string, ComponentRenderer> {
  const textTable = (rows: readonly (readonly string[])[]) => table(rows.map((cells) => cells.map((cell) => [text(cell)])));
  return {
    ComparisonTable: async ({ category, ids, caption }) => {
      const allRows = await getComparisonRows();
      const rows = selectRows(allRows, { category, ids });
      const label = category && isComparisonCategory(category) ? CATEGORY_LABELS[category].toLowerCase() : undefined;
      return [
        paragraph(
          strong(caption ?? (label ? `Django and Flask compared: ${label}` : `Django and Flask compared, ${rows.length} dimensions`)),
        ),
        table([
          // As on the chapter page: the notes and their sources stay on /compare/, where each dimension links.
          ['Dimension', 'Django', 'Flask', 'Edge'].map((name) => [text(name)]),
          ...rows.map((row) => [
            [link(url(`/compare/#${rowAnchor(row.id)}`), row.dimension)],
            [text(row.django)],
            [text(row.flask)],
            [text(EDGE_LABELS[row.edge])],
          ]),
        ]),
        ...(rows.length < allRows.length
          ? [
              paragraph(
                link(
                  url(`/compare/${categoryFilterSearch('', label ? category : undefined)}`),
                  `All ${allRows.length} rows on the comparison page`,
                ),
              ),
            ]
          : []),
      ];
    },
    ProsCons: async () => {
      const items = await inFileOrder('proscons');
      const targets = await guideLinkTargets();
      return FRAMEWORKS.flatMap((framework) => [
        heading(2, FRAMEWORK_NAMES[framework]),
        ...PRO_CON_KINDS.flatMap((kind) => [
          paragraph(strong(PRO_CON_KIND_LABELS[kind])),
          list(
            items
              .filter(({ data }) => data.framework === framework && data.kind === kind)
              .map(({ data }) => [
                link(url(`${chapterPath('pros-and-cons')}#${proConAnchor(data.framework, data.kind, data.id)}`), data.text),
                text(`: ${data.detail}`),
                ...cite(data.sources),
                text(' See '),
                link(url(data.link), sectionLinkText(data.link, targets)),
                text('.'),
              ]),
          ),
        ]),
      ]);
    },
    FaqList: async () =>
      (await inFileOrder('faq')).flatMap(({ id, data }) => [
        heading(2, data.question),
        paragraph(text(data.answer), ...cite(data.sources)),
        ...(data.link ? [paragraph(link(url(data.link), 'Read more in the guide'))] : []),
        paragraph(text('Link: '), link(url(`${chapterPath('faq')}#${faqAnchor(id)}`), `#${faqAnchor(id)}`)),
      ]),
    GlossaryList: async () =>
      (await dataCollection('glossary'))
        .sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'))
        .flatMap(({ id, data }) => [
          heading(2, data.expansion ? `${data.term} (${data.expansion})` : data.term),
          paragraph(text(data.definition), ...cite(data.sources)),
          ...(data.link ? [paragraph(link(url(data.link), 'Where it matters in the guide'))] : []),
          paragraph(text('Link: '), link(url(`${chapterPath('glossary')}#${termAnchor(id)}`), `#${termAnchor(id)}`)),
        ]),
    // The claims components read content/claims.yaml as their HTML does (ClaimCount, ClaimVerdict,
    // ClaimsTable in src/content/).
    ClaimCount: async ({ topic, stance, capital }) => {
      const phrase = articleCountPhrase(articlesWith(claimById(await getClaims(), topic ?? ''), (stance ?? '') as CountStance).length);
      return [text(capital !== undefined ? capitalise(phrase) : phrase)];
    },
    ArticleName: async ({ s }) => {
      const name = (await articleNames())[s as ArticleId] as string | undefined;
      if (name === undefined) throw new Error(`<ArticleName s="${s ?? ''}" />: not one of the articles (${ARTICLE_IDS.join(', ')})`);
      return [text(name)];
    },
    ClaimVerdict: async ({ topic }) => [strong(`Verdict: ${VERDICT_LABELS[claimById(await getClaims(), topic ?? '').verdict]}.`)],
    ClaimsTable: async ({ topics, page, caption }) => {
      const names = await articleNames({ inTable: true });
      const claims = selectClaims(await getClaims(), { topics, page });
      return [
        paragraph(strong(caption ?? 'What the articles claimed, and what holds')),
        table([
          ['Claim', 'Articles', 'Verdict', 'What holds'].map((name) => [text(name)]),
          ...claims.map((claim) => [
            claim.home ? [link(url(claim.home), claim.claim)] : [text(claim.claim)],
            [
              text(
                ARTICLE_IDS.flatMap((id) => {
                  const article = claim.articles[id];
                  return article ? [`${names[id]} (${STANCE_LABELS[article.stance]})`] : [];
                }).join('; '),
              ),
            ],
            [text(VERDICT_LABELS[claim.verdict])],
            [text(claim.holds)],
          ]),
        ]),
      ];
    },
    // A measured figure in prose, and a chart's figures as a table: the same computed comparisons
    // (src/benchmark/bench-compare.ts) the HTML draws.
    Bench: async ({ metric, show, over }) => [text(benchFigureText(await getBenchComparisons(), { metric: metric ?? '', show, over }))],
    BenchmarkChart: async ({ title, metrics }) => {
      const comparisons = await getBenchComparisons();
      const rows = (metrics ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => lookupComparison(comparisons, id, `<BenchmarkChart metrics="${metrics}">`));
      return [
        paragraph(strong(title ?? rows[0]?.measure ?? 'Measured figures')),
        table([
          ['Measured on', 'Django', 'Flask', 'Django ÷ Flask'].map((name) => [text(name)]),
          ...rows.map((c) => [
            [text(c.subject)],
            [text(benchText(c, 'django'))],
            [text(benchText(c, 'flask'))],
            [text(benchText(c, 'difference'))],
          ]),
        ]),
      ];
    },
    BenchmarkTable: async ({ part }) => {
      const { caption, header, rows } = benchTable(part ?? '', await getBenchmarks(), await getBenchComparisons());
      return [paragraph(strong(caption)), textTable([header, ...rows])];
    },
    BenchmarkSetup: async () => [
      paragraph(strong('How the figures were measured')),
      textTable([['Part of the run', 'Details'], ...benchSetup(await getBenchmarks(), await getBenchComparisons())]),
    ],
  };
}

/** The chapter's `.md` twin; `site` is the configured site address (SITE_URL). */
export async function chapterMarkdown(chapter: Chapter, site: URL): Promise<string> {
  const where = chapter.filePath ?? `content/guide/${chapter.id}.mdx`;
  const pageUrl = new URL(withBase(chapterPath(chapter.id)), site).href;
  const url = (path: string) => absolute(path, site, pageUrl);
  // The one parse of the chapter, kept in its render record (src/content/chapter-record.ts).
  const { elements, tree } = await renderChapter(chapter);
  const citations: PageCitations = await pageCitations(await chapterSourceIds(elements), 'chapter-sources');
  const sourceHref = (id: string) => url(`/sources/#${id}`);
  const citationLinks = (ids: readonly string[]) =>
    ids.map((id) => {
      const source = citations.sources.get(id);
      if (!source) throw new Error(`${where}: <Cite> of "${id}", which is missing from the page's list of sources`);
      return { number: source.number, id, href: sourceHref(id) };
    });
  const cite = (ids: readonly string[]) => citationNodes(citationLinks(ids));
  const facts = new Map<string, Fact>((await getCollection('facts')).map(({ id, data }) => [id, data]));
  const components = dataComponents(cite, url);
  // Data components are async (collections): render them first, in document order, which is the
  // order the synchronous rewrite meets them in.
  const found: { name: string; attributes: Record<string, string> }[] = [];
  const visit = (node: { type: string; name?: string | null; attributes?: unknown; children?: unknown[] }) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && components[node.name]) {
      const attributes = (node.attributes ?? []) as { name?: string; value?: unknown }[];
      found.push({
        name: node.name,
        attributes: Object.fromEntries(attributes.map((a) => [a.name ?? '', typeof a.value === 'string' ? a.value : ''])),
      });
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  const rendered = await Promise.all(found.map(({ name, attributes }) => components[name]!(attributes)));
  const exampleFiles = await getExampleFiles();
  let componentIndex = 0;
  const resolvers: MarkdownResolvers = {
    fact: (id, show) => {
      const fact = facts.get(id);
      if (!fact) throw new Error(`${where}: <Fact id="${id}" />: no such entry in content/facts.yaml`);
      return formatFact(fact, (show ?? 'value') as FactView);
    },
    cite: (ids) => citationLinks(parseSourceIds(ids.join(' '))),
    link: url,
    example: (meta) => {
      const block = exampleBlock(meta, '', exampleFiles);
      if (!block) return undefined;
      const note = block.ref.note ? ` (${block.ref.note})` : '';
      return { label: `${block.file}${note}. ${block.checked}`, code: block.code };
    },
    // The rewrite meets data components in document order, the order they were rendered in above.
    component: (name) => {
      if (found[componentIndex]?.name !== name) return undefined;
      componentIndex += 1;
      return rendered[componentIndex - 1];
    },
  };
  return chapterDocument({
    title: chapter.data.title,
    description: chapter.data.description,
    url: pageUrl,
    updated: formatDate(chapter.data.updated),
    body: toPlainMdast(tree, resolvers, where),
    sources: [...citations.sources.values()].map((source) => ({ ...source, href: sourceHref(source.id) })),
  });
}
