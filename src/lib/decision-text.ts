/**
 * The decision tool's result in words, shared by the static guidance table (build time) and
 * the widget (browser), so both always describe a lean the same way.
 */
import type { Confidence, DecisionResult, Lean } from './decision';
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

export function verdictText(result: Pick<DecisionResult, 'verdict' | 'lean' | 'answered'>): string {
  if (result.answered === 0) return 'No answers yet. Answer any question to see which framework fits.';
  if (result.verdict !== 'either') return `${FRAMEWORK_NAMES[result.verdict]} fits this project better.`;
  if (result.lean) return `Either would do, with a slight lean toward ${FRAMEWORK_NAMES[result.lean]}.`;
  return 'Either would do: your answers do not favour one framework.';
}

const CONFIDENCE_NAMES: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export function confidenceText(result: Pick<DecisionResult, 'confidence' | 'answered' | 'total'>): string {
  const questions = result.total === 1 ? 'question' : 'questions';
  return `Confidence: ${CONFIDENCE_NAMES[result.confidence]} (${result.answered} of ${result.total} ${questions} answered)`;
}

export function pointsText(points: number): string {
  return `${points} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}

/** "16 of 21 points": a framework's score against the most it could get. */
export function scoreText(score: number, max: number): string {
  return `${score} of ${pointsText(max)}`;
}

/** "Favours Flask by 3 points". */
export function favoursText({ favours, strength }: Lean): string {
  return favours ? `Favours ${FRAMEWORK_NAMES[favours]} by ${pointsText(strength)}` : 'Favours neither';
}
