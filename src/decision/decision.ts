/**
 * The "Django or Flask for my project?" engine: answers in; scores, verdict, confidence,
 * advisories, ranked reasons and the smallest change that would alter the verdict out. Pure and
 * DOM-free, so the build (static guidance table, result pages), the browser widget and the unit
 * tests all share it. It only needs the fields below, so the client gets a trimmed copy of
 * content/decision.yaml, each option carrying the advisory it names (content/decision-advisories.yaml).
 */
export type { Framework } from '../site/vocabulary.ts';
import type { Framework } from '../site/vocabulary.ts';

/** An advisory as the engine and the result's words need it (content/decision-advisories.yaml). */
export interface EngineAdvisory {
  id: string;
  title: string;
  reason: string;
  link: string;
  /** The framework it says serves such answers poorly: never a plain verdict for it, and lower confidence. */
  poorFit?: Framework | undefined;
}

export interface EngineOption {
  id: string;
  django: number;
  flask: number;
  reason: string;
  link: string;
  advisory?: EngineAdvisory | undefined;
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
  /**
   * The advisory that says the side ahead serves these answers poorly, if any chosen answer names
   * one (its poorFit). A framework it names never gets a plain verdict: the outcome is
   * 'either', leaning that way, and the text says why.
   */
  heldBy?: EngineAdvisory | undefined;
}

/** One answer to give instead (or in addition, when the question was unanswered). */
export interface AnswerChange {
  questionId: string;
  optionId: string;
}

/** The single changed answer that gives another verdict, and that verdict. */
export interface VerdictChange extends Outcome {
  answer: AnswerChange;
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
  advisories: EngineAdvisory[];
  /** The single changed answer that gives another verdict, or null when none does. */
  change: VerdictChange | null;
  /** Whether an advisory against the side ahead lowered the confidence by one step. */
  lowered: boolean;
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

/**
 * The confidence rule, stated once here and on the page (DecisionResult.astro reads it):
 * - high: Django or Flask wins (a close result is 'either', so it is never high), at least
 *   `highKnown` questions have a real answer, and no single changed answer alters the verdict;
 * - medium: at least `mediumKnown` real answers, whatever the verdict;
 * - low: fewer real answers than that;
 * - then one step lower when an advisory says the side ahead serves the answers poorly.
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

/** Advisories named by the chosen answers, in question order, each once. */
function advisoriesOf(questions: readonly EngineQuestion[], answers: Answers): EngineAdvisory[] {
  const found: EngineAdvisory[] = [];
  for (const question of questions) {
    const advisory = chosenOption(question, answers)?.advisory;
    if (advisory && !found.some((seen) => seen.id === advisory.id)) found.push(advisory);
  }
  return found;
}

/** The first advisory that says `framework` serves these answers poorly, if any. */
const advisoryAgainst = (advisories: readonly EngineAdvisory[], framework: Framework | null): EngineAdvisory | undefined =>
  framework === null ? undefined : advisories.find((advisory) => advisory.poorFit === framework);

/**
 * The verdict rule (outcomeOf) made coherent with the advisories: a framework an advisory calls a
 * poor fit for these answers cannot win outright, so its verdict turns into 'either', leaning to it.
 */
export function coherentOutcome(scores: Record<Framework, number>, advisories: readonly EngineAdvisory[]): Outcome & { margin: number } {
  const plain = outcomeOf(scores);
  const ahead = plain.verdict === 'either' ? plain.lean : plain.verdict;
  const heldBy = advisoryAgainst(advisories, ahead);
  if (!heldBy) return plain;
  return { verdict: 'either', lean: ahead, margin: plain.margin, heldBy };
}

type OutcomeOfAnswers = (questions: readonly EngineQuestion[], answers: Answers) => Outcome;
const outcomeOfAnswers: OutcomeOfAnswers = (questions, answers) => {
  const { verdict, lean, heldBy } = coherentOutcome(scoresOf(questions, answers), advisoriesOf(questions, answers));
  return heldBy ? { verdict, lean, heldBy } : { verdict, lean };
};
/** The verdict on points alone: what the confidence rule asks a single change about. */
const pointsOutcomeOfAnswers: OutcomeOfAnswers = (questions, answers) => {
  const { verdict, lean } = outcomeOf(scoresOf(questions, answers));
  return { verdict, lean };
};

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
 * The single changed answer that gives a verdict other than `current`: a reader can act on one
 * change, and "none would" is an honest answer. A framework verdict prefers a change to the other framework over one to 'either'; an 'either' looks for a
 * framework verdict and prefers the side it leans to. Ties go to changes of answers already
 * given (rather than new ones), then to question order. The search is exhaustive and cheap:
 * ten questions of two to nine options make about 45 single changes. `outcomeFor` judges each
 * changed set of answers (the confidence rule asks about points alone).
 */
export function smallestChange(
  questions: readonly EngineQuestion[],
  answers: Answers,
  current: Outcome,
  outcomeFor: OutcomeOfAnswers = outcomeOfAnswers,
): VerdictChange | null {
  const rank = (outcome: Outcome): number => {
    if (current.verdict === 'either') {
      if (outcome.verdict === 'either') return -1;
      return current.lean === null || outcome.verdict === current.lean ? 2 : 1;
    }
    if (outcome.verdict === current.verdict) return -1;
    return outcome.verdict === 'either' ? 1 : 2;
  };
  let best: VerdictChange | null = null;
  let bestRank = 0;
  for (const change of candidateChanges(questions, answers)) {
    const outcome = outcomeFor(questions, { ...answers, [change.questionId]: change.optionId });
    const score = rank(outcome);
    if (score > bestRank) {
      best = { answer: change, ...outcome };
      bestRank = score;
    }
  }
  return best;
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * The confidence rule (CONFIDENCE_RULE) applied. `oneAnswerFlips`: a single changed answer would
 * change the verdict on points (an answer that only brings in an advisory does not count, or no
 * Flask verdict could ever be high); `lowered`: an advisory speaks against the side ahead.
 */
export function confidenceOf(verdict: Verdict, known: number, oneAnswerFlips: boolean, lowered = false): Confidence {
  const level: Confidence =
    verdict !== 'either' && known >= CONFIDENCE_RULE.highKnown && !oneAnswerFlips
      ? 'high'
      : known >= CONFIDENCE_RULE.mediumKnown
        ? 'medium'
        : 'low';
  return lowered ? LOWER[level] : level;
}

export function decide(questions: readonly EngineQuestion[], rawAnswers: unknown): DecisionResult {
  const answers = validateAnswers(questions, rawAnswers);
  const maxScores: Record<Framework, number> = { django: 0, flask: 0 };
  const reasons: Reason[] = [];

  for (const question of questions) {
    maxScores.django += Math.max(0, ...question.options.map((option) => option.django));
    maxScores.flask += Math.max(0, ...question.options.map((option) => option.flask));
    const option = chosenOption(question, answers);
    if (!option) continue;
    reasons.push({ questionId: question.id, optionId: option.id, reason: option.reason, link: option.link, ...leanOf(option) });
  }
  // Array.prototype.sort is stable, so equal contributions stay in question order.
  reasons.sort((a, b) => b.strength - a.strength);

  const scores = scoresOf(questions, answers);
  const advisories = advisoriesOf(questions, answers);
  const { verdict, lean, margin, heldBy } = coherentOutcome(scores, advisories);
  const answered = reasons.length;
  const known = reasons.filter((reason) => reason.optionId !== UNSURE).length;
  const change = answered === 0 ? null : smallestChange(questions, answers, { verdict, lean, heldBy });
  const plain = outcomeOf(scores);
  const oneAnswerFlips = answered > 0 && smallestChange(questions, answers, plain, pointsOutcomeOfAnswers) !== null;
  // An advisory against the side ahead (whether or not it held back a plain verdict) lowers confidence.
  const lowered = advisoryAgainst(advisories, verdict === 'either' ? lean : verdict) !== undefined;

  return {
    scores,
    maxScores,
    scale: Math.max(maxScores.django, maxScores.flask),
    verdict,
    lean,
    ...(heldBy ? { heldBy } : {}),
    margin,
    confidence: confidenceOf(verdict, known, oneAnswerFlips, lowered),
    lowered,
    answered,
    known,
    total: questions.length,
    reasons,
    advisories,
    change,
  };
}

/** A question as a page sends it to the browser: each option names its advisory by id (sentAdvisories carries them once). */
export type SentQuestion = WithAdvisoryIds<EngineQuestion>;

/**
 * Only what the engine reads, e.g. to send the questions to the browser without labels and help
 * texts. Advisories are named by id: their words travel once, in sentAdvisories, since a copy per
 * option would repeat them.
 */
export function toEngineQuestions(questions: readonly EngineQuestion[]): SentQuestion[] {
  return questions.map(({ id, options }) => ({
    id,
    options: options.map(({ id: optionId, django, flask, reason, link, advisory }) => ({
      id: optionId,
      django,
      flask,
      reason,
      link,
      ...(advisory ? { advisory: advisory.id } : {}),
    })),
  }));
}

/** The advisories the options name, each once, in question order, with only the fields the engine and its words read. */
export function sentAdvisories(questions: readonly EngineQuestion[]): EngineAdvisory[] {
  const named = questions.flatMap(({ options }) => options.flatMap(({ advisory }) => (advisory ? [advisory] : [])));
  return [
    ...new Map(
      named.map(({ id, title, reason, link, poorFit }) => [id, { id, title, reason, link, ...(poorFit ? { poorFit } : {}) }]),
    ).values(),
  ];
}

/** The engine's questions from what a page sent (toEngineQuestions, sentAdvisories); throws on JSON that does not parse. */
export function receivedQuestions<Question extends SentQuestion>(
  questionsJson: string,
  advisoriesJson: string,
): WithAdvisories<Question>[] {
  return withAdvisories(JSON.parse(questionsJson) as Question[], JSON.parse(advisoriesJson) as EngineAdvisory[]);
}

/** A question whose options name their advisory by id, as content/decision.yaml writes it. */
interface QuestionNamingAdvisories {
  id: string;
  options: readonly { id: string; advisory?: string | undefined }[];
}

/** A question with each option's advisory replaced by its id. */
type WithAdvisoryIds<Question extends EngineQuestion> = Omit<Question, 'options'> & {
  options: (Omit<Question['options'][number], 'advisory'> & { advisory?: string })[];
};

/** The same question with each option's advisory id replaced by the advisory it names. */
export type WithAdvisories<Question extends QuestionNamingAdvisories> = Omit<Question, 'options'> & {
  options: (Omit<Question['options'][number], 'advisory'> & { advisory?: EngineAdvisory })[];
};

/**
 * Gives each option the advisory it names (content/decision-advisories.yaml). The content check
 * fails the build on an id that names none (src/decision/decision-basis.ts); here it is an error.
 */
export function withAdvisories<Question extends QuestionNamingAdvisories>(
  questions: readonly Question[],
  advisories: readonly EngineAdvisory[],
): WithAdvisories<Question>[] {
  const byId = new Map(advisories.map((advisory) => [advisory.id, advisory]));
  const resolved = questions.map((question) => ({
    ...question,
    options: question.options.map(({ advisory: id, ...option }) => {
      if (id === undefined) return option;
      const advisory = byId.get(id);
      if (!advisory) throw new Error(`decision question "${question.id}", option "${option.id}": no advisory "${id}"`);
      return { ...option, advisory };
    }),
  }));
  // Each option keeps its own fields; TypeScript cannot follow the spread of a generic element type.
  return resolved as unknown as WithAdvisories<Question>[];
}

/**
 * JSON for a `<script type="application/json">` element: "<" is escaped so no value can close
 * the element or open a comment, whatever the content says.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
