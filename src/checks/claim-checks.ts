/**
 * The claims data's part of the content check (src/checks/content-check.ts), pure: content/claims.yaml
 * through its schema, each verdict against its evidence (every source and fact it names exists;
 * a verdict rests on at least one; a wrong or outdated claim names the section that rebuts it,
 * which the built pages must have), and counts of articles typed anywhere in chapter prose or
 * YAML data, which would drift from the claims data: they fail naming the file and line.
 */
import { claimSchema, REBUTTING_VERDICTS, type Claim } from '../content/claim-schema.ts';
import { articlesWith, findTypedArticleCounts } from '../content/claims.ts';
import type { ContentProblem } from '../site/content-errors.ts';
import type { DataEntryInput } from './content-integrity.ts';
import { checkTypedDates } from '../content/fact-checks.ts';
import type { Fact } from '../content/fact-schema.ts';
import { readerText } from '../content/fact-dates.ts';
import { parseYamlCollection } from '../content/yaml-collection.ts';

export const CLAIMS_FILE = 'content/claims.yaml';

/** The topics of content/claims.yaml, in file order; throws ContentError naming entry and field. */
export function parseClaims(text: string): Claim[] {
  return parseYamlCollection(CLAIMS_FILE, text, claimSchema) as Claim[];
}

/**
 * Each topic as a data entry for the cross-reference check (content-integrity.ts): its evidence
 * sources are cited sources (unknown ones fail there), and its home is a link the built pages
 * must resolve, so a rebuttal that moves or disappears fails the build.
 */
export function claimEntries(claims: readonly Claim[], sourceIds: ReadonlySet<string>): DataEntryInput[] {
  return claims.map((claim) => ({
    collection: 'claims',
    file: CLAIMS_FILE,
    id: claim.id,
    // Unknown ids are reported by checkClaims, naming the evidence field.
    sources: claim.evidence.sources.filter((id) => sourceIds.has(id)),
    links: claim.home ? { home: claim.home } : {},
    order: undefined,
  }));
}

/** Verdicts against their evidence: sources and facts that exist, at least one piece of evidence, a home for a rebuttal. */
export function checkClaims(claims: readonly Claim[], facts: ReadonlyMap<string, Fact>, sourceIds?: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const claim of claims) {
    const field = (name: string) => `entry "${claim.id}" › ${name}`;
    const { sources, facts: factIds, metrics } = claim.evidence;
    if (sources.length + factIds.length + metrics.length === 0) {
      problems.push({
        file: CLAIMS_FILE,
        field: field('evidence'),
        message: `the verdict "${claim.verdict}" rests on no evidence; name at least one source, fact or benchmark metric`,
      });
    }
    sources.forEach((id, i) => {
      if (sourceIds && !sourceIds.has(id))
        problems.push({
          file: CLAIMS_FILE,
          field: field(`evidence.sources[${i}]`),
          message: `no such entry in content/sources.yaml: "${id}"`,
        });
    });
    factIds.forEach((id, i) => {
      if (!facts.has(id))
        problems.push({ file: CLAIMS_FILE, field: field(`evidence.facts[${i}]`), message: `no such entry in content/facts.yaml: "${id}"` });
    });
    if (REBUTTING_VERDICTS.includes(claim.verdict) && !claim.home) {
      problems.push({
        file: CLAIMS_FILE,
        field: field('home'),
        message: `a claim judged "${claim.verdict}" needs the guide section that rebuts it, e.g. home: /guide/myths/#<heading-id>`,
      });
    }
    if (Object.values(claim.articles).every((article) => article === null)) {
      problems.push({
        file: CLAIMS_FILE,
        field: field('articles'),
        message: 'no article takes a stance on this topic; a topic records what the articles claim',
      });
    }
  }
  return problems;
}

/** The number a typed count says, when it says one: "four of the five" → 4, "every" → 5, "no other" → undefined. */
export function countOf(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/\s+/);
  const first = words[0] ?? '';
  if (words.includes('other')) return undefined;
  const number = ['none', 'one', 'two', 'three', 'four', 'five'].indexOf(first);
  if (number >= 0) return number;
  if (/^[0-5]$/.test(first)) return Number(first);
  if (['all', 'every', 'each'].includes(first)) return 5;
  if (first === 'no') return 0;
  return undefined;
}

/** Topics on which `count` articles make or dispute the claim: what a typed count may have meant. */
function topicsCounting(claims: readonly Claim[], count: number): string[] {
  return claims.flatMap((claim) =>
    (['makes', 'disputes'] as const)
      .filter((stance) => articlesWith(claim, stance).length === count)
      .map((stance) => `${claim.id} ${stance}`),
  );
}

/**
 * Counts of articles typed into chapters and data files. The message says what the data has for
 * that number, so the author can pick the topic (or see that none matches).
 */
export function checkTypedCounts(texts: ReadonlyMap<string, string>, claims: readonly Claim[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [file, text] of texts) {
    const prose = readerText(file, text);
    if (prose === undefined) continue;
    for (const { line, phrase } of findTypedArticleCounts(prose)) {
      const count = countOf(phrase);
      const topics = count === undefined ? [] : topicsCounting(claims, count);
      const shown = topics.length > 4 ? [...topics.slice(0, 4), `${topics.length - 4} more`] : topics;
      const evidence =
        count === undefined || claims.length === 0
          ? ''
          : shown.length === 0
            ? `; no topic in ${CLAIMS_FILE} has ${count} articles making or disputing its claim`
            : ` (${CLAIMS_FILE} has ${count} for: ${shown.join(', ')})`;
      problems.push({
        file,
        line,
        field: `"${phrase}"`,
        message: `a typed count of articles: render it with <ClaimCount topic="…" stance="…" /> from ${CLAIMS_FILE}, or name the articles${evidence}`,
      });
    }
  }
  return problems;
}

/**
 * Everything above for the content check: the claims file (when present) through its schema and
 * its verdicts, typed counts and typed release dates everywhere; `entries` join the cross-reference
 * check (sources cited, home sections resolved on the built pages).
 */
export function checkEvidence(
  texts: ReadonlyMap<string, string>,
  facts: ReadonlyMap<string, Fact>,
  sourceIds: ReadonlySet<string>,
  // The topics as content/claims.yaml's collection loaded them; none when it is missing or broken.
  claims: readonly Claim[] = [],
): { problems: ContentProblem[]; entries: DataEntryInput[]; claims: readonly Claim[] } {
  const problems: ContentProblem[] = [];
  problems.push(...checkClaims(claims, facts, sourceIds), ...checkTypedCounts(texts, claims), ...checkTypedDates(texts, facts));
  return { problems, entries: claimEntries(claims, sourceIds), claims };
}
