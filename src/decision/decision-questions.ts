import { getCollection } from 'astro:content';
import type { DecisionQuestion } from '../content/content-schemas';

/** The decision tool's questions (content/decision.yaml) in display order. */
export async function getDecisionQuestions(): Promise<DecisionQuestion[]> {
  const entries = await getCollection('decision');
  return entries.map((entry) => entry.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
