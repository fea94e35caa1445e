/**
 * The claims data at work (content/claims.yaml, schema in claim-schema.ts): looking a topic up,
 * counting the articles that take a stance on it and saying the count in words, and finding
 * counts of articles typed into prose, which would drift from the data. Pure.
 */
import { ARTICLE_IDS, REBUTTING_VERDICTS, type ArticleId, type Claim, type Stance, type Verdict } from './claim-schema.ts';

/**
 * Which articles to count: "makes" counts those that state the claim (mixed ones too: they state
 * it somewhere), "disputes" those that argue against it (mixed ones too), "silent" those that do
 * not mention it.
 */
export const COUNT_STANCES = ['makes', 'disputes', 'silent'] as const;
export type CountStance = (typeof COUNT_STANCES)[number];

/** The topic with this id; throws naming the id (for components and the decision tool). */
export function claimById(claims: readonly Claim[], id: string): Claim {
  const claim = claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`no claims topic "${id}" in content/claims.yaml`);
  return claim;
}

/** Whether the evidence rebuts the claim (wrong or outdated): nothing may rest on it, a decision weight included. */
export function isRebutted(claim: Claim): boolean {
  return REBUTTING_VERDICTS.includes(claim.verdict);
}

/** The articles that take `stance` on the topic, in the order of ARTICLE_IDS. */
export function articlesWith(claim: Claim, stance: CountStance): ArticleId[] {
  return ARTICLE_IDS.filter((id) => {
    const article = claim.articles[id];
    if (stance === 'silent') return article === null;
    return article !== null && (article.stance === stance || article.stance === 'mixed');
  });
}

const NUMBER_WORDS = ['none', 'one', 'two', 'three', 'four', 'five'];

/** A count of the five articles in words: "none of the five articles", "three of the five articles", "all five articles". */
export function articleCountPhrase(count: number): string {
  if (!Number.isInteger(count) || count < 0 || count > ARTICLE_IDS.length) throw new Error(`not a count of the five articles: ${count}`);
  if (count === ARTICLE_IDS.length) return 'all five articles';
  return `${NUMBER_WORDS[count]} of the five articles`;
}

/** Upper-cases the first letter, for a count that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface TypedCount {
  /** 1-based line in the text that was searched. */
  line: number;
  phrase: string;
}

const QUANTITY = String.raw`(?:one|two|three|four|five|[1-5]|all|every|each|none|no|most|several|many)`;
/**
 * "four articles", "three of the five articles", "every article", "none of the articles", "no
 * other article", "most of the articles", also across a line break. "The five articles" (the set
 * itself) is not a count, nor are "both" and "neither", which refer to two articles just named.
 */
const COUNT_OF_ARTICLES = new RegExp(
  String.raw`(?<!\b(?:the|these|those)\s)\b${QUANTITY}\s+(?:of\s+(?:the|these|those)\s+)?(?:(?:five|5|other)\s+)?(?:source\s+|comparison\s+)?articles?\b`,
  'gi',
);
/**
 * "three of the five" and "all five" without the noun, unless the next word names something else
 * that comes in fives on this site ("all five scenarios"). A list rather than "any plural": a verb
 * after "none of the five" ends in -s too ("none of the five gives a figure").
 */
const OTHER_FIVES =
  'scenarios|runs|samples|repetitions|workers|releases|versions|tests|measurements|servers|frameworks|chapters|questions|answers|options|rows|pages|days|years|points';
const BARE_COUNT = new RegExp(String.raw`\b(?:${QUANTITY}\s+of\s+the|all)\s+(?:five|5)\b(?!\s+(?:${OTHER_FIVES})\b)`, 'gi');

/** The 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Counts of articles typed into text; each belongs in a <ClaimCount> (or a reworded sentence). */
export function findTypedArticleCounts(text: string): TypedCount[] {
  const matches = [...text.matchAll(COUNT_OF_ARTICLES), ...text.matchAll(BARE_COUNT)].sort((a, b) => a.index - b.index);
  const found: TypedCount[] = [];
  let end = -1;
  for (const match of matches) {
    // "all five articles" matches both patterns: report it once.
    if (match.index < end) continue;
    found.push({ line: lineAt(text, match.index), phrase: match[0].replace(/\s+/g, ' ') });
    end = match.index + match[0].length;
  }
  return found;
}

/** A verdict in words, shown beside its colour so it never depends on colour alone. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  holds: 'Holds',
  outdated: 'Outdated',
  wrong: 'Wrong',
  disputed: 'Disputed',
  'not-measured': 'Not measured',
};

/** An article's stance in words. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = { makes: 'claims it', disputes: 'disputes it', mixed: 'says both' };

/**
 * The topics a <ClaimsTable> shows: those named in `topics` (spaces or commas, in that order), or
 * every topic whose home is on `page`, in file order. Throws naming an unknown id.
 */
export function selectClaims(
  claims: readonly Claim[],
  { topics, page }: { topics?: string | undefined; page?: string | undefined },
): Claim[] {
  if (topics !== undefined) {
    const ids = topics.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) throw new Error('topics="" names no topic');
    return ids.map((id) => claimById(claims, id));
  }
  if (page !== undefined) return claims.filter((claim) => claim.home?.startsWith(`${page}#`));
  return [...claims];
}
