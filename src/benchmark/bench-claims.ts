/**
 * Measured claims held to the measurements. Any sentence in a chapter or a data file that
 * compares Django and Flask on speed, CPU, memory, cold start or install size must take its
 * direction from content/benchmarks.json through a reference the build resolves —
 * `<Bench metric="…" />` in MDX, `{{bench:metric.field}}` in YAML — and:
 *
 * - a reference must name a metric the results have;
 * - a sentence with a reference may not type a direction the data contradicts, nor one where
 *   the intervals overlap ("a difference inside the spread");
 * - a sentence without one may not make such a comparison at all (a vocabulary detector:
 *   a framework's name, a measured property and a comparative in one sentence, unless the
 *   sentence reports what someone else claims);
 * - the `edge` of a comparison row that cites measurements must be the one they favour.
 */
import type { ContentProblem } from '../site/content-errors.ts';
import { BENCH_REFERENCE, lookupComparison, verdictText, type Comparison } from './bench-compare.ts';
import type { Framework } from '../site/vocabulary.ts';

/** A framework's name. */
const FRAMEWORK = /\b(?:Django(?! (?:Ninja|REST))|Flask(?!-))\b/;
/** A property the benchmark measures. */
const MEASURED =
  /\b(fast|slow|faster|slower|speedier|speed|throughput|latency|requests per second|memory|footprint|RAM|cold[- ]starts?|start-?up|starts? (?:up )?(?:faster|slower|quicker|more slowly|more quickly)|CPU|per-request cost|overhead|install size|on disk|lighter|heavier|leaner)\b/i;
/** A comparison between the two. */
const COMPARATIVE =
  /\b(light|lightweight|lean|heavy|heavyweight|faster|slower|quicker|speedier|lighter|heavier|leaner|smaller|larger|bigger|less|more|fewer|cheaper|costlier|lower|higher|outperforms?|beats?|ahead)\b/i;
/**
 * Reported claims (an article's, a myth's) and the other sense of "speed": the time to build an
 * app. These sentences state no measurement of ours.
 */
const EXEMPT =
  /\b(claims?|claimed|says?|said|rates?|rated|calls?|called|argues?|argued|credits?|credited|describes?|described|suggests?|warns?|lists?|counts?|adds that|notes that|points out|according to|myths?|develop(?:ment|ing|ers?)?|to build|build with|deliver(?:y|ing)?|to market|move faster|gets? there|sooner|onboard\w*|to (?:start|get|pick|learn|contribute)|prototyp\w*|learn\w*)\b|\?\s*$/i;

/** Words that claim a framework is the cheaper or quicker one (better), or the costlier one. */
const BETTER = /\b(faster|quicker|speedier|lighter|leaner|smaller|less|fewer|cheaper|lower|outperforms?|beats?|ahead)\b/i;
const WORSE = /\b(slower|heavier|larger|bigger|more|costlier|higher|behind)\b/i;

export interface Sentence {
  text: string;
  /** 1-based line in its file, when known. */
  line?: number;
}

/** Splits prose into sentences (table rows and list items end one too), keeping line numbers. */
export function sentences(text: string, firstLine = 1): Sentence[] {
  const out: Sentence[] = [];
  let current = '';
  let startLine = firstLine;
  let line = firstLine;
  const flush = () => {
    if (current.trim()) out.push({ text: current.trim(), line: startLine });
    current = '';
  };
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    // Blank lines, table rows, list items and headings start a new sentence.
    if (!trimmed || /^(\||[-*] |\d+\. |#)/.test(trimmed)) flush();
    if (!current) startLine = line;
    // Split after . ! ? followed by space and a capital or a marker, never inside a component's attributes.
    const parts = trimmed.split(/(?<=[.!?])\s+(?=[A-Z<`*"“(])/);
    parts.forEach((part, i) => {
      if (i > 0) {
        flush();
        startLine = line;
      }
      current += (current ? ' ' : '') + part;
    });
    if (/^\|/.test(trimmed)) flush();
    line += 1;
  }
  flush();
  return out;
}

/**
 * A block of a chapter's text as its one walk records it (ProseBlock in src/content/chapter-scan.ts,
 * a layer above this one): text runs and inline components in reading order.
 */
export interface TextBlock {
  line: number;
  parts: readonly (string | { name: string; attributes: Readonly<Record<string, string>> })[];
}

/**
 * A block of a chapter's text as its one walk recorded it, each
 * `<Bench metric="…" />` written as the reference it stands for, `{{bench:metric}}`; other
 * components say nothing measured and are left out.
 */
function blockText({ parts }: TextBlock): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const metric = part.attributes['metric'];
      return part.name === 'Bench' && metric !== undefined ? `{{bench:${metric}}}` : '';
    })
    .join('');
}

/** The metric ids a sentence references. */
function references(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(BENCH_REFERENCE)) ids.push(match[1] ?? '');
  return ids;
}

/** The direction a sentence types for a framework: 'better', 'worse' or undefined. */
function typedDirection(text: string): { framework: Framework; says: 'better' | 'worse' } | undefined {
  // Only the words outside references count: a resolved figure is not a typed claim.
  const bare = text.replace(BENCH_REFERENCE, ' ');
  const match =
    /\b(Django|Flask)\b([^.;:,|]{0,50}?)\b(faster|quicker|speedier|lighter|leaner|smaller|less|fewer|cheaper|lower|outperforms?|beats?|ahead|slower|heavier|larger|bigger|more|costlier|higher|behind)\b/i.exec(
      bare,
    );
  if (!match) return undefined;
  const framework = (match[1] ?? '').toLowerCase() as Framework;
  const word = match[3] ?? '';
  return { framework, says: BETTER.test(word) && !WORSE.test(word) ? 'better' : 'worse' };
}

function describe(c: Comparison): string {
  // A peak's verdict is its server CPU time's: quote the figures that decided it.
  const basis = c.decidedBy ?? c;
  return `${c.id}: ${verdictText(c)} (Django ${basis.django.value}, Flask ${basis.flask.value} ${basis.unit})`;
}

/** Problems in one sentence; `where` names the file and the line or entry. */
export function checkSentence(
  sentence: string,
  comparisons: ReadonlyMap<string, Comparison>,
  where: { file: string; field: string },
  /** The entry is about one framework (a pro or con, a comparison cell): its name may be implied. */
  impliedFramework = false,
  /** False for text about the speed of building, whose comparisons are not measurements. */
  detect = true,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (message: string) => problems.push({ ...where, message });
  const ids = references(sentence);
  const found: Comparison[] = [];
  for (const id of ids) {
    try {
      found.push(lookupComparison(comparisons, id, `bench reference "${id}"`));
    } catch (error) {
      report((error as Error).message);
    }
  }
  if (ids.length === 0) {
    if (
      detect &&
      (impliedFramework || FRAMEWORK.test(sentence)) &&
      MEASURED.test(sentence) &&
      COMPARATIVE.test(sentence) &&
      !EXEMPT.test(sentence)
    ) {
      report(
        `compares the frameworks on a measured property without a benchmark reference: "${excerpt(sentence)}"; ` +
          'take the direction and figure from the results with <Bench metric="…" /> or {{bench:metric.field}}',
      );
    }
    return problems;
  }
  // A reported claim (an article's) is not ours to hold to the data; the figures beside it are.
  const typed = EXEMPT.test(sentence) ? undefined : typedDirection(sentence);
  if (!typed || found.length === 0) return problems;
  for (const c of new Set(found)) {
    const claimsFavoured: Framework = typed.says === 'better' ? typed.framework : typed.framework === 'django' ? 'flask' : 'django';
    // "more requests per second" is better when higher is better.
    const favouredByText = c.better === 'higher' ? (claimsFavoured === 'django' ? 'flask' : 'django') : claimsFavoured;
    if (c.favours === 'none') {
      report(`claims a difference inside the measured spread: "${excerpt(sentence)}"; the data says ${describe(c)}`);
    } else if (c.favours !== favouredByText) {
      report(`claims a direction the data contradicts: "${excerpt(sentence)}"; the data says ${describe(c)}`);
    }
  }
  return problems;
}

function excerpt(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ');
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
}

/** Every sentence of a chapter, block by block of its record. */
export function checkChapterClaims(
  file: string,
  { blocks }: { blocks: readonly TextBlock[] },
  comparisons: ReadonlyMap<string, Comparison>,
): ContentProblem[] {
  return blocks.flatMap((block) =>
    sentences(blockText(block), block.line).flatMap((s) =>
      checkSentence(s.text, comparisons, { file: `${file}:${s.line}`, field: 'text' }),
    ),
  );
}

/** Every string of a data entry; for comparison rows, the edge against the metrics the row cites. */
export function checkEntryClaims(
  file: string,
  entry: Record<string, unknown>,
  comparisons: ReadonlyMap<string, Comparison>,
  { edgeField, impliedFramework = false }: { edgeField?: string; impliedFramework?: boolean } = {},
): ContentProblem[] {
  const label = typeof entry.id === 'string' ? `entry "${entry.id}"` : 'entry';
  const problems: ContentProblem[] = [];
  const cited: Comparison[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      for (const s of sentences(value))
        problems.push(...checkSentence(s.text, comparisons, { file, field: `${label} › ${path}` }, impliedFramework, !aboutBuilding));
      for (const id of references(value)) {
        const found = comparisons.get(id);
        if (found) cited.push(found);
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
  };
  // An entry about the speed of building (a "Development speed" row) states no measurement of ours.
  const topic = ['dimension', 'question', 'title']
    .map((key) => entry[key])
    .filter((v) => typeof v === 'string')
    .join(' ');
  const aboutBuilding = /\b(develop\w*|learn\w*|deliver\w*)\b/i.test(topic);
  walk(entry, '');
  if (edgeField && cited.length > 0) {
    const edge = entry[edgeField];
    const sides = new Set(cited.map((c) => c.favours));
    const expected = sides.size === 1 ? ([...sides][0] === 'none' ? ['tie', 'depends'] : [[...sides][0]!]) : ['depends'];
    if (typeof edge === 'string' && !expected.includes(edge)) {
      problems.push({
        file,
        field: `${label} › ${edgeField}`,
        message: `edge "${edge}" contradicts the measurements it cites (expected ${expected.join(' or ')}): ${cited.map(describe).join('; ')}`,
      });
    }
  }
  return problems;
}
