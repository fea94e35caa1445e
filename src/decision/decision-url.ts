/**
 * Answers of the decision tool in the URL: `/decide/?<questionId>=<optionId>&...`, or the same
 * query on a result page, `/decide/<verdict>/<confidence>/?...`, whose static link preview names
 * the verdict. The query alone carries the answers (the path only serves the preview), so every
 * old `/decide/?…` link still restores its answers. The query is untrusted input: parsing keeps
 * only exact known pairs and never throws; serialising writes valid answers only, in question
 * order, so equal answers always give the same URL.
 */
import { validateAnswers, type Answers, type Confidence, type DecisionResult, type EngineQuestion, type Outcome } from './decision';

/** Longer values cannot be option ids; skipping them keeps huge hostile values cheap. */
const MAX_VALUE_LENGTH = 64;
/** Ten questions never need more; a query with thousands of parameters is not read to the end. */
const MAX_PARAMS = 100;

export const DECIDE_PATH = '/decide/';
/** The team view (src/decision/decision-team.ts), and its parameter: one per member, each a member's query string. */
export const TEAM_PATH = `${DECIDE_PATH}team/`;
export const MEMBER_PARAM = 'm';

/** Reads answers from a query string ("?a=b", "a=b") or URLSearchParams. Repeated keys: the first valid value wins. */
export function parseAnswers(questions: readonly EngineQuestion[], query: string | URLSearchParams): Answers {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return {};
  }
  const found: Record<string, string> = {};
  let seen = 0;
  for (const [key, value] of params) {
    if (++seen > MAX_PARAMS) break;
    if (value.length > MAX_VALUE_LENGTH || Object.hasOwn(found, key)) continue;
    const candidate = validateAnswers(questions, { [key]: value });
    if (Object.hasOwn(candidate, key)) found[key] = value;
  }
  return validateAnswers(questions, found);
}

/** The query string (without "?") for the given answers; empty when none is valid. */
export function serialiseAnswers(questions: readonly EngineQuestion[], answers: Answers): string {
  return new URLSearchParams(Object.entries(validateAnswers(questions, answers))).toString();
}

/** One result page per outcome and confidence; `leaning-*` are the 'either' results with a lean. */
export const RESULT_OUTCOMES = ['django', 'flask', 'either', 'leaning-django', 'leaning-flask'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];
export const RESULT_CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];

export function resultOutcome({ verdict, lean }: Outcome): ResultOutcome {
  if (verdict !== 'either') return verdict;
  return lean ? `leaning-${lean}` : 'either';
}

export function outcomeOfResultPage(outcome: ResultOutcome): Outcome {
  if (outcome === 'django' || outcome === 'flask') return { verdict: outcome, lean: null };
  if (outcome === 'either') return { verdict: 'either', lean: null };
  return { verdict: 'either', lean: outcome === 'leaning-django' ? 'django' : 'flask' };
}

/** Every result page there is: a close result ('either', leaning or not) is never high confidence. */
export function resultPages(): { outcome: ResultOutcome; confidence: Confidence }[] {
  return RESULT_OUTCOMES.flatMap((outcome) =>
    RESULT_CONFIDENCES.filter((confidence) => confidence !== 'high' || outcome === 'django' || outcome === 'flask').map((confidence) => ({
      outcome,
      confidence,
    })),
  );
}

export function resultPagePath(outcome: ResultOutcome, confidence: Confidence): string {
  return `${DECIDE_PATH}${outcome}/${confidence}/`;
}

/** Where a result lives: its result page, or /decide/ itself while nothing is answered. */
export function resultPathOf(result: Pick<DecisionResult, 'verdict' | 'lean' | 'confidence' | 'answered'>): string {
  return result.answered === 0 ? DECIDE_PATH : resultPagePath(resultOutcome(result), result.confidence);
}

/** Whether a site path is one of the result pages (kept out of the sitemap and search). */
export const isResultPagePath = (path: string): boolean => /^\/decide\/[a-z-]+\/[a-z]+\/$/.test(path);
