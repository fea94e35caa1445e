/**
 * Properties of the decision tool over many answer sets of the real questions: every single
 * answer and every pair exhaustively, then a large seeded random sample of full and partial sets.
 * Points are never negative and each bar is the sum of the points its reasons show; no plain
 * verdict goes to a framework an advisory of the same answers calls a poor fit; "what would
 * change this" names exactly one answer that really does change the verdict, or says none does.
 */
import { describe, expect, it } from 'vitest';
import { decide, type Answers } from '../../src/decision/decision';
import { changeText, labelsOf, reasonGroups, shortOutcomeText } from '../../src/decision/decision-text';
import { FRAMEWORKS } from '../../src/site/vocabulary';
import { realDecisionQuestions } from '../helpers/decision-questions';

const questions = realDecisionQuestions();
const labels = labelsOf(questions);

/** Mulberry32: a small seeded generator, so a failure names a sample that can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answerSets(): Answers[] {
  const sets: Answers[] = [{}];
  const pairs = questions.flatMap((q) => q.options.map((o) => [q.id, o.id] as const));
  for (const [i, [q1, o1]] of pairs.entries()) {
    sets.push({ [q1]: o1 });
    for (const [q2, o2] of pairs.slice(i + 1)) if (q2 !== q1) sets.push({ [q1]: o1, [q2]: o2 });
  }
  const next = random(20261206);
  for (let n = 0; n < 4000; n++) {
    const answers: Record<string, string> = {};
    const share = n % 2 === 0 ? 1 : next();
    for (const q of questions) if (next() < share) answers[q.id] = q.options[Math.floor(next() * q.options.length)]!.id;
    sets.push(answers);
  }
  return sets;
}

describe('the decision tool over many answer sets', () => {
  const sets = answerSets();
  const results = new Map(sets.map((answers) => [answers, decide(questions, answers)]));

  it('samples enough answer sets to mean something', () => {
    expect(sets.length).toBeGreaterThan(4500);
  });

  it('never gives negative points, and each bar is the sum of the points its reasons show', () => {
    const failures: string[] = [];
    for (const answers of sets) {
      const result = results.get(answers)!;
      const groups = reasonGroups(result);
      for (const framework of FRAMEWORKS) {
        const group = groups.find((g) => g.framework === framework)!;
        if (result.scores[framework] < 0 || group.points !== result.scores[framework])
          failures.push(`${JSON.stringify(answers)}: ${framework} bar ${result.scores[framework]}, reasons ${group.points}`);
      }
      // Every answer that gave points is shown in exactly one group.
      const shown = groups.reduce((n, g) => n + g.reasons.length, 0);
      if (shown !== result.reasons.filter((r) => r.strength > 0).length) failures.push(`${JSON.stringify(answers)}: reasons lost`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('labels the reasons for the side behind as the other side', () => {
    for (const answers of sets.slice(0, 2000)) {
      const result = results.get(answers)!;
      const ahead = result.verdict === 'either' ? result.lean : result.verdict;
      for (const group of reasonGroups(result)) expect(group.otherSide).toBe(ahead !== null && group.framework !== ahead);
    }
  });

  it('never gives a plain verdict to a framework an advisory of the same answers calls a poor fit, and lowers confidence then', () => {
    const failures: string[] = [];
    let held = 0;
    for (const answers of sets) {
      const result = results.get(answers)!;
      const poor = result.advisories.map(({ poorFit }) => poorFit).filter(Boolean);
      if (result.verdict !== 'either' && poor.includes(result.verdict)) failures.push(JSON.stringify(answers));
      if (result.heldBy) {
        held += 1;
        if (!result.lowered || result.confidence === 'high') failures.push(`not lowered: ${JSON.stringify(answers)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The rule is exercised, not vacuous.
    expect(held).toBeGreaterThan(10);
  });

  it('names one changed answer that really changes the verdict, or says none does', () => {
    const failures: string[] = [];
    for (const answers of sets.slice(0, 3000)) {
      const result = results.get(answers)!;
      if (result.answered === 0) continue;
      const text = changeText(result.change, labels);
      if (!result.change) {
        if (text !== 'No single changed answer would change this verdict.') failures.push(text);
        continue;
      }
      const { questionId, optionId } = result.change.answer;
      const changed = decide(questions, { ...answers, [questionId]: optionId });
      if (shortOutcomeText(changed) === shortOutcomeText(result) || shortOutcomeText(changed) !== shortOutcomeText(result.change))
        failures.push(`${JSON.stringify(answers)} -> ${questionId}=${optionId}`);
      if ((text.match(/ to “/g) ?? []).length !== 1) failures.push(`names more than one change: ${text}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
