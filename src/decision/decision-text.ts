/**
 * The decision tool's result in words, shared by the static guidance table and result pages
 * (build time) and the widget (browser), so every place describes a result the same way.
 */
import {
  CLOSE_MARGIN,
  CONFIDENCE_RULE,
  MIN_LEAD,
  type Confidence,
  type DecisionResult,
  type Lean,
  type Outcome,
  type Reason,
  type VerdictChange,
} from './decision';
import { outcomeOfResultPage, type ResultOutcome } from './decision-url';
import { FRAMEWORK_NAMES, FRAMEWORKS, type Framework } from '../site/vocabulary.ts';

// Defined in vocabulary.ts; re-exported for existing imports.
export { FRAMEWORK_NAMES };

/** "Django, strongly", "Flask", "Django, slightly" or "Neither". */
export function leanLabel({ favours, strength }: Lean): string {
  if (!favours) return 'Neither';
  const name = FRAMEWORK_NAMES[favours];
  if (strength >= 3) return `${name}, strongly`;
  return strength === 1 ? `${name}, slightly` : name;
}

/**
 * The verdict as a sentence, e.g. "Django fits this project better.". When an advisory held
 * back the side ahead, the sentence says so instead of recommending it.
 */
export function outcomeText({ verdict, lean, heldBy }: Outcome): string {
  if (heldBy && lean) {
    const name = FRAMEWORK_NAMES[lean];
    return `No plain verdict: ${name} is ahead on points, but your answers need what ${name} serves poorly (see “${heldBy.title}”).`;
  }
  if (verdict !== 'either') return `${FRAMEWORK_NAMES[verdict]} fits this project better.`;
  if (lean) return `Either would do, with a slight lean toward ${FRAMEWORK_NAMES[lean]}.`;
  return 'Either would do: your answers do not favour one framework.';
}

export function verdictText(result: Outcome & Pick<DecisionResult, 'answered'>): string {
  if (result.answered === 0) return 'No answers yet. Answer any question to see which framework fits.';
  return outcomeText(result);
}

/** The verdict in a few words, for the compact result and for "what would change this". */
export function shortOutcomeText({ verdict, lean, heldBy }: Outcome): string {
  if (heldBy && lean) return `no plain verdict (${FRAMEWORK_NAMES[lean]} ahead on points)`;
  if (verdict !== 'either') return FRAMEWORK_NAMES[verdict];
  return lean ? `either, leaning ${FRAMEWORK_NAMES[lean]}` : 'either';
}

export const CONFIDENCE_NAMES: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export function confidenceText(result: Pick<DecisionResult, 'confidence' | 'answered' | 'total'>): string {
  const questions = result.total === 1 ? 'question' : 'questions';
  return `Confidence: ${CONFIDENCE_NAMES[result.confidence]} (${result.answered} of ${result.total} ${questions} answered)`;
}

/** The verdict rule in words (src/decision/decision.ts, outcomeOf and coherentOutcome). */
export const VERDICT_RULE_TEXT =
  `Each answer gives up to 3 points to one framework. The framework ahead by at least ${MIN_LEAD} points and by at least ` +
  `${Math.round(CLOSE_MARGIN * 100)}% of all points given is the verdict; closer scores mean either would do. ` +
  `An advisory that says the framework ahead serves your answers poorly holds back a plain verdict.`;

/** The confidence rule in words (src/decision/decision.ts, CONFIDENCE_RULE), shown under the result. */
export const CONFIDENCE_RULE_TEXT =
  `High: Django or Flask is clearly ahead, at least ${CONFIDENCE_RULE.highKnown} questions have an answer other than “not sure”, ` +
  `and no single changed answer would change the verdict; a close result is never high. ` +
  `Medium: at least ${CONFIDENCE_RULE.mediumKnown} such answers. Low: fewer. ` +
  `One step lower when an advisory says the framework ahead serves your answers poorly.`;

export function pointsText(points: number): string {
  return `${points} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}

/** "16 of 24 points": a framework's score against the scale both bars share. */
export function scoreText(score: number, scale: number): string {
  return `${score} of ${pointsText(scale)}`;
}

/** "+3 points for Flask": what one answer adds to a bar (an answer gives points to one side at most). */
export function favoursText({ favours, strength }: Lean): string {
  return favours ? `+${pointsText(strength)} for ${FRAMEWORK_NAMES[favours]}` : 'No points for either';
}

/** The reasons for one framework, whose points add up to its bar. */
export interface ReasonGroup {
  framework: Framework;
  /** The sum of the reasons' points: the framework's score. */
  points: number;
  /** Whether this is the side the verdict (or its lean) does not favour. */
  otherSide: boolean;
  reasons: Reason[];
}

/**
 * The answers that gave points, grouped by the side they favour, the side ahead first (Django
 * first on a tie), strongest first within a group. Each group's points are its framework's bar.
 */
export function reasonGroups(result: Pick<DecisionResult, 'verdict' | 'lean' | 'reasons'>): ReasonGroup[] {
  const ahead: Framework | null = result.verdict === 'either' ? result.lean : result.verdict;
  const order = ahead === 'flask' ? [...FRAMEWORKS].reverse() : [...FRAMEWORKS];
  return order.map((framework) => {
    const reasons = result.reasons.filter((reason) => reason.favours === framework);
    return {
      framework,
      points: reasons.reduce((sum, reason) => sum + reason.strength, 0),
      otherSide: ahead !== null && framework !== ahead,
      reasons,
    };
  });
}

/** "For Django: 7 points" or "For Flask, the other side: 2 points". */
export function reasonGroupHeading(group: Pick<ReasonGroup, 'framework' | 'points' | 'otherSide'>): string {
  return `For ${FRAMEWORK_NAMES[group.framework]}${group.otherSide ? ', the other side' : ''}: ${pointsText(group.points)}`;
}

/** Labels for questions and options, looked up by id (the widget reads them from the form, the build from the content). */
export interface ChangeLabels {
  prompt(questionId: string): string;
  option(questionId: string, optionId: string): string;
}

/** Labels read from the real questions (content/decision.yaml): prompts and option labels by id. */
export function labelsOf(
  questions: readonly { id: string; prompt: string; options: readonly { id: string; label: string }[] }[],
): ChangeLabels {
  const question = (id: string) => questions.find((candidate) => candidate.id === id);
  return {
    prompt: (id) => question(id)?.prompt ?? id,
    option: (id, optionId) => question(id)?.options.find((option) => option.id === optionId)?.label ?? optionId,
  };
}

/**
 * "What would change this": the one changed answer that would, e.g. 'If you answered “None of
 * them” to “Do you need an admin…?”, the verdict would be Flask.', or that none would.
 */
export function changeText(change: VerdictChange | null, labels: ChangeLabels): string {
  if (!change) return 'No single changed answer would change this verdict.';
  const { questionId, optionId } = change.answer;
  return `If you answered “${labels.option(questionId, optionId)}” to “${labels.prompt(questionId)}”, the verdict would be ${shortOutcomeText(change)}.`;
}

/** Head of a result page: what a shared result's link preview shows. */
export function resultPageMeta(
  outcome: ResultOutcome,
  confidence: Confidence,
): { title: string; socialTitle: string; description: string } {
  const verdict = outcomeText(outcomeOfResultPage(outcome)).replace(/\.$/, '');
  const level = `${CONFIDENCE_NAMES[confidence].toLowerCase()} confidence`;
  return {
    title: `Result: ${shortOutcomeText(outcomeOfResultPage(outcome)).replace(/^e/, 'E')}, ${level}`,
    socialTitle: `${verdict} (${level})`,
    description: `A shared result of the Django or Flask decision tool: ${verdict}, with ${level}. Open it to see the answers, the reasons behind the verdict and what would change it.`,
  };
}
