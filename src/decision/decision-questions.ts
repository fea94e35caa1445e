import { dataCollection } from '../content/ordered';
import type { DecisionQuestion } from '../content/content-schemas';
import { withAdvisories, type WithAdvisories } from './decision';

/** A question of the decision tool, each option carrying the advisory it names. */
export type ToolQuestion = WithAdvisories<DecisionQuestion>;

/** The decision tool's questions (content/decision.yaml) in display order, with their advisories (content/decision-advisories.yaml). */
export async function getDecisionQuestions(): Promise<ToolQuestion[]> {
  const entries = await dataCollection('decision');
  const advisories = await dataCollection('advisories');
  const questions = entries.map((entry) => entry.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return withAdvisories(
    questions,
    advisories.map((entry) => entry.data),
  );
}
