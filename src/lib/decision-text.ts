/**
 * The decision tool's result in words, shared by the static guidance table and result pages
 * (build time) and the widget (browser), so every place describes a result the same way.
 */
import { CONFIDENCE_RULE, type Confidence, type DecisionResult, type Lean, type Outcome, type VerdictChange } from './decision';
import { outcomeOfResultPage, type ResultOutcome } from './decision-url';
import { FRAMEWORK_NAMES } from './vocabulary.ts';

// Defined in vocabulary.ts; re-exported for existing imports.
export { FRAMEWORK_NAMES };

/** "Django, strongly", "Flask", "Django, slightly" or "Neither". */
export function leanLabel({ favours, strength }: Lean): string {
  if (!favours) return 'Neither';
  const name = FRAMEWORK_NAMES[favours];
  if (strength >= 3) return `${name}, strongly`;
  return strength === 1 ? `${name}, slightly` : name;
}

/** The verdict as a sentence, e.g. "Django fits this project better.". */
export function outcomeText({ verdict, lean }: Outcome): string {
  if (verdict !== 'either') return `${FRAMEWORK_NAMES[verdict]} fits this project better.`;
  if (lean) return `Either would do, with a slight lean toward ${FRAMEWORK_NAMES[lean]}.`;
  return 'Either would do: your answers do not favour one framework.';
}

export function verdictText(result: Outcome & Pick<DecisionResult, 'answered'>): string {
  if (result.answered === 0) return 'No answers yet. Answer any question to see which framework fits.';
  return outcomeText(result);
}

/** The verdict in a few words, for the compact result and for "what would change this". */
export function shortOutcomeText({ verdict, lean }: Outcome): string {
  if (verdict !== 'either') return FRAMEWORK_NAMES[verdict];
  return lean ? `either, leaning ${FRAMEWORK_NAMES[lean]}` : 'either';
}

export const CONFIDENCE_NAMES: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export function confidenceText(result: Pick<DecisionResult, 'confidence' | 'answered' | 'total'>): string {
  const questions = result.total === 1 ? 'question' : 'questions';
  return `Confidence: ${CONFIDENCE_NAMES[result.confidence]} (${result.answered} of ${result.total} ${questions} answered)`;
}

/** The confidence rule in words (src/lib/decision.ts, CONFIDENCE_RULE), shown under the result. */
export const CONFIDENCE_RULE_TEXT =
  `High: Django or Flask is clearly ahead, at least ${CONFIDENCE_RULE.highKnown} questions have an answer other than “not sure”, ` +
  `and no single changed answer would change the verdict; a close result is never high. ` +
  `Medium: at least ${CONFIDENCE_RULE.mediumKnown} such answers. Low: fewer.`;

export function pointsText(points: number): string {
  return `${points} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}

/** "16 of 24 points": a framework's score against the scale both bars share. */
export function scoreText(score: number, scale: number): string {
  return `${score} of ${pointsText(scale)}`;
}

/** "Favours Flask by 3 points". */
export function favoursText({ favours, strength }: Lean): string {
  return favours ? `Favours ${FRAMEWORK_NAMES[favours]} by ${pointsText(strength)}` : 'Favours neither';
}

/** Labels for questions and options, looked up by id (the widget reads them from the form). */
export interface ChangeLabels {
  prompt(questionId: string): string;
  option(questionId: string, optionId: string): string;
}

/**
 * "What would change this", e.g. 'If you answered “None of them” to “Do you need an admin…?”,
 * the verdict would be Flask.'
 */
export function changeText(change: VerdictChange | null, labels: ChangeLabels): string {
  if (!change) return 'No change of one or two answers would change this verdict.';
  const parts = change.changes.map(
    ({ questionId, optionId }) => `“${labels.option(questionId, optionId)}” to “${labels.prompt(questionId)}”`,
  );
  return `If you answered ${parts.join(' and ')}, the verdict would be ${shortOutcomeText(change)}.`;
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
    description: `A shared result of the Django or Flask decision tool, with ${level}: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}. Open it to see the answers, the reasons behind the verdict and what would change it.`,
  };
}
