/**
 * The "Django or Flask for my project?" engine: answers in; scores, verdict, confidence,
 * advisories, ranked reasons and the smallest change that would alter the verdict out. Pure and
 * DOM-free, so the build (static guidance table, result pages), the browser widget and the unit
 * tests all share it. It only needs the fields below, so the client gets a trimmed copy of
 * content/decision.yaml.
 */
import type { AdvisoryId } from './decision-advisories.ts';
export type { Framework } from './vocabulary.ts';
import type { Framework } from './vocabulary.ts';

export interface EngineOption {
  id: string;
  django: number;
  flask: number;
  reason: string;
  link: string;
  advisory?: AdvisoryId | undefined;
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

export type Verdict = Framework | 'either';
export type Confidence = 'low' | 'medium' | 'high';

/** A verdict and, for 'either', the side slightly ahead (null on a tie). */
export interface Outcome {
  verdict: Verdict;
  lean: Framework | null;
}

/** One answer to give instead (or in addition, when the question was unanswered). */
export interface AnswerChange {
  questionId: string;
  optionId: string;
}

/** The smallest set of changed answers that gives another verdict, and that verdict. */
export interface VerdictChange extends Outcome {
  changes: AnswerChange[];
}

export interface DecisionResult extends Outcome {
  scores: Record<Framework, number>;
  /** The most each framework could score if every question were answered in its favour. */
  maxScores: Record<Framework, number>;
  /** The larger of the two maxScores: both score bars use it, so equal points draw equal bars. */
  scale: number;
  /** |django - flask| / (|django| + |flask|): 0 for a tie (or nothing answered), 1 when one side has every point. */
  margin: number;
  confidence: Confidence;
  answered: number;
  /** Answered questions whose answer is not "not sure" (option id UNSURE): what confidence counts. */
  known: number;
  total: number;
  /** Every answered question, strongest contribution first (ties keep question order). */
  reasons: Reason[];
  /** Advisories named by the chosen answers, in question order, each once. */
  advisories: AdvisoryId[];
  /** The smallest change of at most MAX_CHANGES answers that gives another verdict, or null. */
  change: VerdictChange | null;
}

/**
 * "Close" scores give the verdict 'either'. Scores are close when the leader is ahead by fewer
 * than MIN_LEAD points (one mild answer is not enough to pick a framework), or by less than
 * CLOSE_MARGIN of all the points scored (a 9 to 11 split is a near tie, however many questions
 * were answered).
 */
export const MIN_LEAD = 2;
export const CLOSE_MARGIN = 0.2;

/** The option id that means "not known yet"; such answers are neutral and do not add confidence. */
export const UNSURE = 'unsure';

/** "What would change this" looks at changes of up to this many answers. */
export const MAX_CHANGES = 2;

/**
 * The confidence rule, stated once here and on the page (DecisionResult.astro reads it):
 * - high: Django or Flask wins (a close result is 'either', so it is never high), at least
 *   `highKnown` questions have a real answer, and no single changed answer alters the verdict;
 * - medium: at least `mediumKnown` real answers, whatever the verdict;
 * - low: fewer real answers than that.
 */
export const CONFIDENCE_RULE = { mediumKnown: 4, highKnown: 6 } as const;

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

const chosenOption = (question: EngineQuestion, answers: Answers): EngineOption | undefined =>
  question.options.find((candidate) => candidate.id === answers[question.id]);

/** The verdict rule applied to two totals. */
export function outcomeOf(scores: Record<Framework, number>): Outcome & { margin: number } {
  const lead = scores.django - scores.flask;
  const spread = Math.abs(scores.django) + Math.abs(scores.flask);
  const margin = spread === 0 ? 0 : Math.abs(lead) / spread;
  const ahead: Framework | null = lead > 0 ? 'django' : lead < 0 ? 'flask' : null;
  const close = Math.abs(lead) < MIN_LEAD || margin < CLOSE_MARGIN;
  return close || !ahead ? { verdict: 'either', lean: ahead, margin } : { verdict: ahead, lean: null, margin };
}

function scoresOf(questions: readonly EngineQuestion[], answers: Answers): Record<Framework, number> {
  const scores = { django: 0, flask: 0 };
  for (const question of questions) {
    const option = chosenOption(question, answers);
    if (option) {
      scores.django += option.django;
      scores.flask += option.flask;
    }
  }
  return scores;
}

/** Every single answer that differs from the current one, answered questions first (in question order). */
function candidateChanges(questions: readonly EngineQuestion[], answers: Answers): AnswerChange[] {
  const answeredFirst = [...questions].sort((a, b) => Number(b.id in answers) - Number(a.id in answers));
  return answeredFirst.flatMap((question) =>
    question.options
      .filter((option) => option.id !== answers[question.id])
      .map((option) => ({ questionId: question.id, optionId: option.id })),
  );
}

/**
 * The smallest change of answers (one, then two) that gives a verdict other than `current`. A
 * framework verdict prefers a change to the other framework over one to 'either'; an 'either'
 * looks for a framework verdict and prefers the side it leans to. Ties go to changes of answers
 * already given (rather than new ones), then to question order. An exhaustive search is cheap:
 * ten questions of two to nine options make about 45 single and 1,000 paired changes.
 */
export function smallestChange(questions: readonly EngineQuestion[], answers: Answers, current: Outcome): VerdictChange | null {
  const rank = (outcome: Outcome): number => {
    if (current.verdict === 'either') {
      if (outcome.verdict === 'either') return -1;
      return current.lean === null || outcome.verdict === current.lean ? 2 : 1;
    }
    if (outcome.verdict === current.verdict) return -1;
    return outcome.verdict === 'either' ? 1 : 2;
  };
  const singles = candidateChanges(questions, answers);
  const sets: AnswerChange[][][] = [
    singles.map((change) => [change]),
    singles.flatMap((first, i) =>
      singles
        .slice(i + 1)
        .filter((second) => second.questionId !== first.questionId)
        .map((second) => [first, second]),
    ),
  ];
  for (const changeSets of sets.slice(0, MAX_CHANGES)) {
    let best: VerdictChange | null = null;
    let bestRank = 0;
    for (const changes of changeSets) {
      const changed = { ...answers, ...Object.fromEntries(changes.map((change) => [change.questionId, change.optionId])) };
      const { verdict, lean } = outcomeOf(scoresOf(questions, changed));
      const score = rank({ verdict, lean });
      if (score > bestRank) {
        best = { changes, verdict, lean };
        bestRank = score;
      }
    }
    if (best) return best;
  }
  return null;
}

/** The confidence rule (CONFIDENCE_RULE) applied. */
export function confidenceOf(verdict: Verdict, known: number, change: VerdictChange | null): Confidence {
  const oneAnswerFlips = change !== null && change.changes.length === 1;
  if (verdict !== 'either' && known >= CONFIDENCE_RULE.highKnown && !oneAnswerFlips) return 'high';
  return known >= CONFIDENCE_RULE.mediumKnown ? 'medium' : 'low';
}

export function decide(questions: readonly EngineQuestion[], rawAnswers: unknown): DecisionResult {
  const answers = validateAnswers(questions, rawAnswers);
  const maxScores: Record<Framework, number> = { django: 0, flask: 0 };
  const reasons: Reason[] = [];
  const advisories: AdvisoryId[] = [];

  for (const question of questions) {
    maxScores.django += Math.max(0, ...question.options.map((option) => option.django));
    maxScores.flask += Math.max(0, ...question.options.map((option) => option.flask));
    const option = chosenOption(question, answers);
    if (!option) continue;
    reasons.push({ questionId: question.id, optionId: option.id, reason: option.reason, link: option.link, ...leanOf(option) });
    if (option.advisory && !advisories.includes(option.advisory)) advisories.push(option.advisory);
  }
  // Array.prototype.sort is stable, so equal contributions stay in question order.
  reasons.sort((a, b) => b.strength - a.strength);

  const scores = scoresOf(questions, answers);
  const { verdict, lean, margin } = outcomeOf(scores);
  const answered = reasons.length;
  const known = reasons.filter((reason) => reason.optionId !== UNSURE).length;
  const change = answered === 0 ? null : smallestChange(questions, answers, { verdict, lean });

  return {
    scores,
    maxScores,
    scale: Math.max(maxScores.django, maxScores.flask),
    verdict,
    lean,
    margin,
    confidence: confidenceOf(verdict, known, change),
    answered,
    known,
    total: questions.length,
    reasons,
    advisories,
    change,
  };
}

/** Only what the engine reads, e.g. to send the questions to the browser without labels and help texts. */
export function toEngineQuestions(questions: readonly EngineQuestion[]): EngineQuestion[] {
  return questions.map(({ id, options }) => ({
    id,
    options: options.map(({ id: optionId, django, flask, reason, link, advisory }) => ({
      id: optionId,
      django,
      flask,
      reason,
      link,
      ...(advisory ? { advisory } : {}),
    })),
  }));
}

/**
 * JSON for a `<script type="application/json">` element: "<" is escaped so no value can close
 * the element or open a comment, whatever the content says.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
