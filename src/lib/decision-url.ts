/**
 * Answers of the decision tool in the URL query: `?<questionId>=<optionId>&...`. The query is
 * untrusted input, so parsing keeps only exact known pairs and never throws; serialising
 * writes valid answers only, in question order, so equal answers always give the same URL.
 */
import { validateAnswers, type Answers, type EngineQuestion } from './decision';

/** Longer values cannot be option ids; skipping them keeps huge hostile values cheap. */
const MAX_VALUE_LENGTH = 64;
/** Ten questions never need more; a query with thousands of parameters is not read to the end. */
const MAX_PARAMS = 100;

/** Reads answers from a query string ("?a=b", "a=b") or URLSearchParams. Repeated keys: the first valid value wins. */
export function parseAnswers(questions: readonly EngineQuestion[], query: string | URLSearchParams): Answers {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return {};
  }
  const found: Record<string, string> = {};
  let seen = 0;
  for (const [key, value] of params) {
    if (++seen > MAX_PARAMS) break;
    if (value.length > MAX_VALUE_LENGTH || Object.hasOwn(found, key)) continue;
    const candidate = validateAnswers(questions, { [key]: value });
    if (Object.hasOwn(candidate, key)) found[key] = value;
  }
  return validateAnswers(questions, found);
}

/** The query string (without "?") for the given answers; empty when none is valid. */
export function serialiseAnswers(questions: readonly EngineQuestion[], answers: Answers): string {
  return new URLSearchParams(Object.entries(validateAnswers(questions, answers))).toString();
}
