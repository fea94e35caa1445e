/**
 * The decision tool's real questions (content/decision.yaml), parsed and in display order, each
 * option carrying the advisory it names (content/decision-advisories.yaml), for unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decisionAdvisorySchema, decisionQuestionSchema, type DecisionAdvisory } from '../../src/content/content-schemas';
import { withAdvisories } from '../../src/decision/decision';
import type { ToolQuestion } from '../../src/decision/decision-questions';
import { PROJECT_ROOT } from './fixture-project';

const contentList = (file: string): unknown[] => parse(readFileSync(join(PROJECT_ROOT, 'content', file), 'utf8')) as unknown[];

/** The advisories as content/decision-advisories.yaml lists them. */
export const realAdvisories = (): DecisionAdvisory[] =>
  contentList('decision-advisories.yaml').map((entry) => decisionAdvisorySchema.parse(entry));

export function realDecisionQuestions(): ToolQuestion[] {
  const questions = contentList('decision.yaml')
    .map((entry) => decisionQuestionSchema.parse(entry))
    .sort((a, b) => a.order - b.order);
  return withAdvisories(questions, realAdvisories());
}
