/**
 * The content files as tests read them, so that counts in assertions come from the content
 * ("as many results as content/decision.yaml has questions"), never from a number to keep in step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './fixture-project.ts';

/** The parsed YAML of content/<name>, unvalidated (each test validates what it uses). */
export function contentYaml(name: string): unknown {
  return parse(readFileSync(join(PROJECT_ROOT, 'content', name), 'utf8'));
}

/** How many questions the decision tool asks. */
export const decisionQuestionCount = (): number => (contentYaml('decision.yaml') as unknown[]).length;
