/**
 * What each decision weight rests on (content/decision.yaml, `restsOn`, or `link` when absent).
 * A guide section is checked like every site link, against the built pages (content-check.ts
 * adds it to the entry's links). A claim ("claim:<id>") is checked here against the verdicts of
 * the stance matrix, content/claims.yaml: a weight may not rest on a claim marked wrong, nor on
 * one that does not exist. Until the matrix is passed in, any claim reference fails, naming why.
 * An option's `advisory` must name an entry of content/decision-advisories.yaml, and may not give
 * points to the framework that advisory calls a poor fit (checkAdvisories).
 */
import type { ContentProblem } from '../site/content-errors.ts';
import { CLAIM_BASIS_PREFIX } from '../content/content-schemas.ts';
import { FRAMEWORK_NAMES, type Framework } from '../site/vocabulary.ts';

/** A claim id and its verdict in the stance matrix (holds, outdated, wrong, disputed, not measured). */
export type ClaimVerdicts = ReadonlyMap<string, string>;
export const CLAIMS_FILE = 'content/claims.yaml';
/** Verdicts a weight may not rest on. */
const REFUTED = new Set(['wrong']);

interface WeightedOption {
  id: string;
  django: number;
  flask: number;
  restsOn?: string | undefined;
  advisory?: string | undefined;
}

export function checkWeightBases(
  file: string,
  questions: readonly { id: string; options: readonly WeightedOption[] }[],
  claims: ClaimVerdicts | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const question of questions) {
    question.options.forEach((option, i) => {
      if (!option.restsOn?.startsWith(CLAIM_BASIS_PREFIX)) return;
      const claim = option.restsOn.slice(CLAIM_BASIS_PREFIX.length);
      const field = `entry "${question.id}" › options[${i}].restsOn`;
      const verdict = claims?.get(claim);
      if (!claims) problems.push({ file, field, message: `rests on claim "${claim}", but there is no ${CLAIMS_FILE} to check it against` });
      else if (verdict === undefined)
        problems.push({ file, field, message: `rests on claim "${claim}", which ${CLAIMS_FILE} does not have` });
      else if (REFUTED.has(verdict) && (option.django > 0 || option.flask > 0))
        problems.push({
          file,
          field,
          message: `gives points on claim "${claim}", which ${CLAIMS_FILE} marks ${verdict}; rest the weight on the evidence instead, or set it to 0`,
        });
    });
  }
  return problems;
}

/**
 * Each option's advisory exists in `advisoriesFile`, and the option gives no points to the
 * framework that advisory says serves the answer poorly: the verdict would contradict its own advice.
 */
export function checkAdvisories(
  file: string,
  questions: readonly { id: string; options: readonly WeightedOption[] }[],
  advisoriesFile: string,
  advisories: readonly { id: string; poorFit?: Framework | undefined }[],
): ContentProblem[] {
  const byId = new Map(advisories.map((advisory) => [advisory.id, advisory]));
  const problems: ContentProblem[] = [];
  for (const question of questions) {
    question.options.forEach((option, i) => {
      if (option.advisory === undefined) return;
      const field = `entry "${question.id}" › options[${i}]`;
      const advisory = byId.get(option.advisory);
      if (!advisory) {
        problems.push({
          file,
          field: `${field}.advisory`,
          message: `names advisory "${option.advisory}", which ${advisoriesFile} does not have`,
        });
        return;
      }
      const poorFit = advisory.poorFit;
      if (poorFit && option[poorFit] > 0)
        problems.push({
          file,
          field: `${field}.${poorFit}`,
          message: `gives ${FRAMEWORK_NAMES[poorFit]} ${option[poorFit]} point(s), but its advisory "${advisory.id}" says ${FRAMEWORK_NAMES[poorFit]} serves this answer poorly (${advisoriesFile}); the verdict would contradict its own advice`,
        });
    });
  }
  return problems;
}
