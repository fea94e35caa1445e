/** The decision tool's real questions (content/decision.yaml), parsed and in display order, for unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decisionQuestionSchema, type DecisionQuestion } from '../../src/content/content-schemas';
import { PROJECT_ROOT } from './fixture-project';

export function realDecisionQuestions(): DecisionQuestion[] {
  return (parse(readFileSync(join(PROJECT_ROOT, 'content', 'decision.yaml'), 'utf8')) as unknown[])
    .map((entry) => decisionQuestionSchema.parse(entry))
    .sort((a, b) => a.order - b.order);
}
