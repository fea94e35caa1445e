/**
 * The "Django or Flask for my project?" engine: answers in, scores, verdict, confidence and
 * ranked reasons out. Pure and DOM-free, so the build (static guidance table), the browser
 * widget and the unit tests all share it. It only needs the fields below, so the client can be
 * sent a trimmed copy of content/decision.yaml.
 */
export type { Framework } from './vocabulary.ts';
import type { Framework } from './vocabulary.ts';

export interface EngineOption {
  id: string;
  django: number;
  flask: number;
  reason: string;
  link: string;
}

export interface EngineQuestion {
  id: string;
  options: readonly EngineOption[];
}

/** questionId -> optionId. Only ever holds valid pairs once it has been through validateAnswers. */
export type Answers = Readonly<Record<string, string>>;

/** How strongly one answer pushes toward a framework. */
export interface Lean {
  /** The framework the answer favours, or null when its weights are equal. */
  favours: Framework | null;
  /** Absolute difference between its two weights: 0 (neutral) to 6. */
  strength: number;
}

export interface Reason extends Lean {
  questionId: string;
  optionId: string;
  reason: string;
  link: string;
}

export type Confidence = 'low' | 'medium' | 'high';

export interface DecisionResult {
  scores: Record<Framework, number>;
  /** The most each framework could score if every question were answered in its favour. */
  maxScores: Record<Framework, number>;
  verdict: Framework | 'either';
  /** For 'either': the framework slightly ahead, or null on a tie or with nothing answered. */
  lean: Framework | null;
  /** |django - flask| / (|django| + |flask|): 0 for a tie (or nothing answered), 1 when one side has every point. */
  margin: number;
  /** 0..1, see confidenceOf. */
  confidenceScore: number;
  confidence: Confidence;
  answered: number;
  total: number;
  /** Every answered question, strongest contribution first (ties keep question order). */
  reasons: Reason[];
}

/**
 * "Close" scores give the verdict 'either'. Scores are close when the leader is ahead by fewer
 * than MIN_LEAD points (one mild answer is not enough to pick a framework), or by less than
 * CLOSE_MARGIN of all the points scored (a 9 to 11 split is a near tie, however many questions
 * were answered).
 */
export const MIN_LEAD = 2;
export const CLOSE_MARGIN = 0.2;

/** Confidence score thresholds for the 'medium' and 'high' levels. */
export const CONFIDENCE_LEVELS = { medium: 0.3, high: 0.6 } as const;

export function leanOf(option: Pick<EngineOption, 'django' | 'flask'>): Lean {
  const difference = option.django - option.flask;
  return { favours: difference > 0 ? 'django' : difference < 0 ? 'flask' : null, strength: Math.abs(difference) };
}

/**
 * Keeps only the answers that name a known question and one of its options, in question order.
 * Anything else (unknown ids, non-string values, prototype keys) is dropped silently.
 */
export function validateAnswers(questions: readonly EngineQuestion[], input: unknown): Answers {
  if (typeof input !== 'object' || input === null) return {};
  const valid: Record<string, string> = {};
  for (const question of questions) {
    if (!Object.hasOwn(input, question.id)) continue;
    const value: unknown = (input as Record<string, unknown>)[question.id];
    if (typeof value === 'string' && question.options.some((option) => option.id === value)) valid[question.id] = value;
  }
  return valid;
}

/**
 * How much to trust the verdict, 0..1: the share of questions answered times the clarity of the
 * outcome. Clarity is the margin for a framework verdict, and (1 - margin) for 'either', so a
 * near tie over all ten questions is a confident "either", while one strong answer alone never
 * gives more than low confidence.
 */
export function confidenceOf(verdict: DecisionResult['verdict'], margin: number, answered: number, total: number): number {
  if (total === 0 || answered === 0) return 0;
  const clarity = verdict === 'either' ? 1 - margin : margin;
  return (answered / total) * clarity;
}

export function confidenceLevel(score: number): Confidence {
  if (score >= CONFIDENCE_LEVELS.high) return 'high';
  if (score >= CONFIDENCE_LEVELS.medium) return 'medium';
  return 'low';
}

export function decide(questions: readonly EngineQuestion[], rawAnswers: unknown): DecisionResult {
  const answers = validateAnswers(questions, rawAnswers);
  const scores: Record<Framework, number> = { django: 0, flask: 0 };
  const maxScores: Record<Framework, number> = { django: 0, flask: 0 };
  const reasons: Reason[] = [];

  for (const question of questions) {
    maxScores.django += Math.max(0, ...question.options.map((option) => option.django));
    maxScores.flask += Math.max(0, ...question.options.map((option) => option.flask));
    const option = question.options.find((candidate) => candidate.id === answers[question.id]);
    if (!option) continue;
    scores.django += option.django;
    scores.flask += option.flask;
    reasons.push({ questionId: question.id, optionId: option.id, reason: option.reason, link: option.link, ...leanOf(option) });
  }
  // Array.prototype.sort is stable, so equal contributions stay in question order.
  reasons.sort((a, b) => b.strength - a.strength);

  const lead = scores.django - scores.flask;
  const spread = Math.abs(scores.django) + Math.abs(scores.flask);
  const margin = spread === 0 ? 0 : Math.abs(lead) / spread;
  const ahead: Framework | null = lead > 0 ? 'django' : lead < 0 ? 'flask' : null;
  const close = Math.abs(lead) < MIN_LEAD || margin < CLOSE_MARGIN;
  const verdict = close || !ahead ? 'either' : ahead;
  const answered = reasons.length;
  const confidenceScore = confidenceOf(verdict, margin, answered, questions.length);

  return {
    scores,
    maxScores,
    verdict,
    lean: verdict === 'either' ? ahead : null,
    margin,
    confidenceScore,
    confidence: confidenceLevel(confidenceScore),
    answered,
    total: questions.length,
    reasons,
  };
}

/** Only what the engine reads, e.g. to send the questions to the browser without labels and help texts. */
export function toEngineQuestions(questions: readonly EngineQuestion[]): EngineQuestion[] {
  return questions.map(({ id, options }) => ({
    id,
    options: options.map(({ id: optionId, django, flask, reason, link }) => ({ id: optionId, django, flask, reason, link })),
  }));
}

/**
 * JSON for a `<script type="application/json">` element: "<" is escaped so no value can close
 * the element or open a comment, whatever the content says.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
